#pragma once

#include <QString>
#include <QStringList>

namespace retort {

/** The language retort-gui shows and the catalogs installed for it. */
struct UiLanguage
{
    QString name;         ///< "de", "en": the language of the interface
    QStringList catalogs; ///< the .qm files installed, Retort's first, then Qt's own
};

/** Languages with a catalog of Retort's strings, besides the English source ("de"). */
QStringList availableUiLanguages();

/**
 * Installs translators on the application for `requested` ("de", "en", "de_DE"); an empty
 * string follows the system's preferred interface languages in order (LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG), stopping at the first one that is English or has a catalog. Besides
 * Retort's catalog (embedded, ":/i18n/retort_<lang>.qm") it loads Qt's own qtbase catalog
 * for the same language when Qt's translations are installed (standard dialogs, shortcuts).
 * English, or a language without a catalog, installs nothing: the source strings show.
 * Replaces the translators of an earlier call. A QCoreApplication must exist.
 */
UiLanguage installUiTranslators(const QString &requested);

/** Removes the translators installed by installUiTranslators(). */
void removeUiTranslators();

} // namespace retort
