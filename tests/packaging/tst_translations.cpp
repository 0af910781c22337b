// The translations: every .ts entry is translated, with the same placeholders, accelerators
// and shortcuts as its source; the .ts files hold exactly the strings of the current sources;
// the embedded catalogs load for --lang and the system locale; retort-gui shows German.

#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace retort;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< of <translation>: empty when finished, else unfinished, vanished, obsolete
    bool numerus = false;
    QStringList forms; ///< the translation, or its numerus forms
    QString where() const { return context + QStringLiteral(" | ") + source; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QStringLiteral("TS")) {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (name == QStringLiteral("message")) {
            message = TsMessage{context, {}, {}, false, {}};
            message.numerus =
                xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
        } else if (name == QStringLiteral("source")) {
            message.source = xml.readElementText();
        } else if (name == QStringLiteral("translation")) {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList tsFiles()
{
    return QStringLiteral(RETORT_TS_FILES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// %1..%99 (also %L1) and %n, sorted: arg() and tr()'s plural fill them in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

// Mnemonics: '&' before a letter, not "&&" (a literal ampersand).
int accelerators(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)(?=\\w)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return int(text.count(re));
}

QProcessEnvironment guiEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    // Under the asan preset these runs check that the program starts and shows what it
    // should; leak checking is left to the in-process tests.
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    return env;
}

QString runGui(const QStringList &args, const QProcessEnvironment &env, int *exitCode)
{
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(RETORT_GUI), args);
    if (!gui.waitForFinished(60000)) {
        gui.kill();
        gui.waitForFinished();
        *exitCode = -1;
    } else {
        *exitCode = gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1;
    }
    return QString::fromUtf8(gui.readAllStandardOutput()) +
           QString::fromUtf8(gui.readAllStandardError());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEntryTranslated();
    void placeholdersMatch();
    void tsFilesAreCurrent();
    void catalogs_data();
    void catalogs();
    void engineAndQtStringsTranslated();
    void guiLanguage_data();
    void guiLanguage();
    void guiDemoInGerman();
    void cleanupTestCase();

private:
    QList<TsFile> m_ts;
    QTemporaryDir m_home;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(!tsFiles().isEmpty());
    for (const QString &path : tsFiles()) {
        TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.messages.size() > 400, qPrintable(path)); // all of the GUI's and engine's
        m_ts.append(ts);
    }
}

void TestTranslations::everyEntryTranslated()
{
    for (const TsFile &ts : std::as_const(m_ts)) {
        QCOMPARE(ts.language, QStringLiteral("de_DE"));
        QStringList failures;
        for (const TsMessage &m : ts.messages) {
            if (!m.type.isEmpty())
                failures.append(m.type + QStringLiteral(": ") + m.where());
            else if (m.forms.isEmpty() || m.forms.contains(QString()))
                failures.append(QStringLiteral("empty: ") + m.where());
            else if (m.numerus && m.forms.size() != 2) // German: singular and plural
                failures.append(QStringLiteral("numerus forms: ") + m.where());
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::placeholdersMatch()
{
    static const QRegularExpression shortcut(QStringLiteral("^(Ctrl|Shift|Alt|Meta)\\+"));
    for (const TsFile &ts : std::as_const(m_ts)) {
        QStringList failures;
        for (const TsMessage &m : ts.messages) {
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    failures.append(QStringLiteral("placeholders %1 vs %2: %3")
                                        .arg(placeholders(m.source).join(QLatin1Char(',')),
                                             placeholders(form).join(QLatin1Char(',')), m.where()));
                if (accelerators(form) != accelerators(m.source))
                    failures.append(QStringLiteral("accelerator: %1 -> %2").arg(m.where(), form));
                if (m.source.endsWith(QLatin1Char('\n')) != form.endsWith(QLatin1Char('\n')))
                    failures.append(QStringLiteral("final newline: ") + m.where());
                // Shortcuts stay in portable form ("Ctrl+E"): QKeySequence parses them.
                if (shortcut.match(m.source).hasMatch() &&
                    QKeySequence::fromString(form, QKeySequence::PortableText).isEmpty())
                    failures.append(QStringLiteral("shortcut: %1 -> %2").arg(m.where(), form));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::tsFilesAreCurrent()
{
    // lupdate, run on a copy over the sources that the build's lupdate target reads, marks
    // strings that are new in the sources "unfinished" and strings gone from them "vanished".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile sources(QStringLiteral(RETORT_TRANSLATED_SOURCES_LIST));
    QVERIFY2(sources.open(QIODevice::ReadOnly), qPrintable(sources.fileName()));
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    for (const char *include : {"/engine", "/ui"})
        list.write("-I" RETORT_SOURCE_DIR + QByteArray(include) + '\n');
    list.write(sources.readAll());
    list.close();
    for (const QString &path : tsFiles()) {
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QProcess lupdate;
        lupdate.start(QStringLiteral(RETORT_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        const QByteArray output = lupdate.readAllStandardOutput() + lupdate.readAllStandardError();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 output.constData());
        const TsFile updated = readTs(copy);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QStringList stale;
        for (const TsMessage &m : updated.messages) {
            if (m.type == QStringLiteral("unfinished"))
                stale.append(QStringLiteral("new in the sources, not translated: ") + m.where());
            else if (!m.type.isEmpty())
                stale.append(
                    QStringLiteral("gone from the sources (%1): %2").arg(m.type, m.where()));
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date; run `cmake --build <build dir> "
                                           "--target update_translations`, translate, commit:\n%2")
                                .arg(path, stale.join(QLatin1Char('\n')))));
        QCOMPARE(updated.messages.size(), m_ts.at(int(tsFiles().indexOf(path))).messages.size());
    }
}

void TestTranslations::catalogs_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de") << QStringLiteral("&Datei");
    QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de")
                           << QStringLiteral("&Datei");
    QTest::newRow("de-CH") << QStringLiteral("de-CH") << QStringLiteral("de")
                           << QStringLiteral("&Datei");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("&File");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en")
                           << QStringLiteral("&File");
    QTest::newRow("fr: no catalog")
        << QStringLiteral("fr") << QStringLiteral("en") << QStringLiteral("&File");
    QTest::newRow("nonsense") << QStringLiteral("xx_YY") << QStringLiteral("en")
                              << QStringLiteral("&File");
}

void TestTranslations::catalogs()
{
    QFETCH(QString, requested);
    QFETCH(QString, language);
    QFETCH(QString, file);
    QCOMPARE(availableUiLanguages(), QStringList{QStringLiteral("de")});
    const UiLanguage chosen = installUiTranslators(requested);
    QCOMPARE(chosen.name, language);
    QCOMPARE(QCoreApplication::translate("retort::MainWindow", "&File"), file);
    if (language == QStringLiteral("de"))
        QCOMPARE(chosen.catalogs.value(0), QStringLiteral(":/i18n/retort_de.qm"));
    else
        QVERIFY(chosen.catalogs.isEmpty());
}

void TestTranslations::engineAndQtStringsTranslated()
{
    const UiLanguage chosen = installUiTranslators(QStringLiteral("de"));
    // The engine's context, including strings inside classes of its Python tokenizer.
    QCOMPARE(QCoreApplication::translate("Engine", "unexpected EOF while parsing"),
             QStringLiteral("unerwartetes Dateiende beim Parsen"));
    QCOMPARE(QCoreApplication::translate("Engine", "Alembic (Python bridge) failed: %1"),
             QStringLiteral("Alembic (Python-Brücke) ist fehlgeschlagen: %1"));
    QCOMPARE(QCoreApplication::translate("Engine", "%n more", nullptr, 1),
             QStringLiteral("1 weitere"));
    QCOMPARE(QCoreApplication::translate("Engine", "Cycle"), QStringLiteral("Zyklus"));
    // Qt's own strings come from qtbase_de.qm where Qt's translations are installed.
    const QString qtbase = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                               .filePath(QStringLiteral("qtbase_de.qm"));
    QVERIFY2(QFile::exists(qtbase),
             qPrintable(qtbase + QStringLiteral(" is missing: packaging/install-deps.sh installs "
                                                "qt6-translations-l10n")));
    QCOMPARE(chosen.catalogs.size(), 2);
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
             QStringLiteral("Zeigt Versionsinformation an."));
}

void TestTranslations::guiLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("expected");
    const QStringList german = {
        QStringLiteral("title\tRetort\n"),
        QStringLiteral("menu\t&Datei\n"),
        QStringLiteral("action\t&Datei\t&Projekt öffnen…\n"),
        QStringLiteral("menu\t&Bearbeiten\n"),
        QStringLiteral("menu\t&Ansicht\n"),
        QStringLiteral("menu\tDate&nbank\n"),
        QStringLiteral("action\tDate&nbank\tUpgrade auf alle &Heads\n"),
        QStringLiteral("menu\t&Revision\n"),
        QStringLiteral("menu\t&Hilfe\n"),
        QStringLiteral("search\tID, Nachricht oder Label suchen\n"),
        QStringLiteral("status\tKein Projekt\n"),
    };
    const QStringList english = {
        QStringLiteral("title\tRetort\n"),
        QStringLiteral("menu\t&File\n"),
        QStringLiteral("menu\t&Database\n"),
        QStringLiteral("status\tNo project\n"),
    };
    const QStringList printUi = {QStringLiteral("--print-ui-text")};
    QTest::newRow("--lang de") << printUi +
                                      QStringList{QStringLiteral("--lang"), QStringLiteral("de")}
                               << QStringList() << german;
    QTest::newRow("--lang=de") << printUi + QStringList{QStringLiteral("--lang=de")}
                               << QStringList() << german;
    QTest::newRow("--lang en") << printUi +
                                      QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                               << QStringList() << english;
    QTest::newRow("LANG=de_DE.UTF-8")
        << printUi << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << german;
    QTest::newRow("LC_ALL=de_AT.UTF-8")
        << printUi
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_ALL=de_AT.UTF-8")}
        << german;
    QTest::newRow("LANG=C") << printUi << QStringList{QStringLiteral("LANG=C")} << english;
    QTest::newRow("--lang en over a German locale")
        << printUi + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
        << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << english;
    QTest::newRow("German --help")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}
        << QStringList()
        << QStringList{QStringLiteral("Nativer Desktop-Migrationsmanager für Alembic-Projekte"),
                       QStringLiteral("Das Demoprojekt in den Datenordner kopieren und öffnen.")};
}

void TestTranslations::guiLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, environment);
    QFETCH(QStringList, expected);
    QProcessEnvironment env = guiEnvironment(m_home.path());
    for (const QString &assignment : std::as_const(environment))
        env.insert(assignment.section(QLatin1Char('='), 0, 0),
                   assignment.section(QLatin1Char('='), 1));
    int exitCode = -1;
    const QString output = runGui(args, env, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    for (const QString &line : std::as_const(expected))
        QVERIFY2(output.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + output));
}

void TestTranslations::guiDemoInGerman()
{
    int exitCode = -1;
    const QString output = runGui({QStringLiteral("--lang"), QStringLiteral("de"),
                                   QStringLiteral("--demo"), QStringLiteral("--quit-after-start")},
                                  guiEnvironment(m_home.path()), &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("started\tde\t")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("demo/alembic.ini — Retort\n")), qPrintable(output));
    QVERIFY2(
        output.contains(QStringLiteral("status\t25 Revisionen · 2 Heads · Verbindung: sqlite:///")),
        qPrintable(output));
}

void TestTranslations::cleanupTestCase()
{
    removeUiTranslators();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
