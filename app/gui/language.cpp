#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace retort {

namespace {

const QString catalogFolder = QStringLiteral(":/i18n");

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

// Loads `<base>_<locale name>.qm` from `folder` (QTranslator falls back from "de_DE" to
// "de") and installs it; the file name loaded, or empty.
QString install(const QString &base, const QLocale &locale, const QString &folder)
{
    // Parented to the application, so that none outlives it.
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(locale, base, QStringLiteral("_"), folder))
        return {};
    // QTranslator::load(QLocale) tries every UI language of the locale; accept only this
    // locale's own language, so that an English locale never picks up the German catalog.
    if (QLocale(translator->language()).language() != locale.language())
        return {};
    const QString file = translator->filePath();
    QCoreApplication::installTranslator(translator.get());
    installed().append(translator.release());
    return file;
}

} // namespace

QStringList availableUiLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(catalogFolder).entryList({QStringLiteral("retort_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(7, file.size() - 7 - 3));
    return languages;
}

UiLanguage installUiTranslators(const QString &requested)
{
    removeUiTranslators();
    const QStringList candidates =
        requested.isEmpty() ? QLocale::system().uiLanguages() : QStringList{requested};
    for (const QString &candidate : candidates) {
        const QLocale locale(candidate);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            break; // the source language
        const QString retortCatalog = install(QStringLiteral("retort"), locale, catalogFolder);
        if (retortCatalog.isEmpty())
            continue;
        UiLanguage result{QLocale::languageToCode(locale.language()), {retortCatalog}};
        const QString qtCatalog = install(QStringLiteral("qtbase"), locale,
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!qtCatalog.isEmpty())
            result.catalogs.append(qtCatalog);
        return result;
    }
    return {QStringLiteral("en"), {}};
}

void removeUiTranslators()
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

} // namespace retort
