<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Engine</name>
    <message>
        <source>Using --sql with --autogenerate does not make any sense</source>
        <translation>--sql zusammen mit --autogenerate ergibt keinen Sinn</translation>
    </message>
    <message>
        <source>Retort does not autogenerate revisions: comparing the database with your models needs your application&apos;s Python code. Create the revision without --autogenerate and write its operations, or run Alembic&apos;s &apos;revision --autogenerate&apos;</source>
        <translation>Retort erzeugt keine Revisionen automatisch: Der Vergleich der Datenbank mit Ihren Modellen braucht den Python-Code Ihrer Anwendung. Legen Sie die Revision ohne --autogenerate an und schreiben Sie ihre Operationen selbst, oder führen Sie Alembics &apos;revision --autogenerate&apos; aus</translation>
    </message>
    <message>
        <source>Using --sql with the revision command when revision_environment is not configured does not make any sense</source>
        <translation>--sql mit dem Befehl revision ergibt keinen Sinn, solange revision_environment nicht konfiguriert ist</translation>
    </message>
    <message>
        <source>Retort does not run env.py, so &apos;revision --sql&apos; (which renders through env.py) is not available</source>
        <translation>Retort führt env.py nicht aus, daher ist &apos;revision --sql&apos; (das über env.py erzeugt wird) nicht verfügbar</translation>
    </message>
    <message>
        <source>revision_environment is set, but Retort does not run env.py: the revision is rendered from the template alone</source>
        <translation>revision_environment ist gesetzt, aber Retort führt env.py nicht aus: Die Revision wird allein aus der Vorlage erzeugt</translation>
    </message>
    <message>
        <source>Character(s) &apos;%1&apos; not allowed in revision identifier &apos;%2&apos;</source>
        <translation>Zeichen &apos;%1&apos; im Revisionsbezeichner &apos;%2&apos; nicht erlaubt</translation>
    </message>
    <message>
        <source>Revision identifier &apos;%1&apos; cannot be written in a .sql revision: it must not contain blanks or &apos;,&apos;</source>
        <translation>Der Revisionsbezeichner &apos;%1&apos; kann nicht in eine .sql-Revision geschrieben werden: Er darf keine Leerzeichen und kein &apos;,&apos; enthalten</translation>
    </message>
    <message>
        <source>output_encoding &apos;%1&apos; is not supported by Retort (it writes utf-8, utf-16, utf-32, latin-1 and ascii)</source>
        <translation>output_encoding &apos;%1&apos; wird von Retort nicht unterstützt (es schreibt utf-8, utf-16, utf-32, latin-1 und ascii)</translation>
    </message>
    <message>
        <source>The new revision cannot be encoded as %1 (output_encoding)</source>
        <translation>Die neue Revision lässt sich nicht als %1 kodieren (output_encoding)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No revision template in %1: script.py.mako (Alembic&apos;s .py revisions) or script.sql.mako (Retort&apos;s .sql revisions) is needed</source>
        <translation>Keine Revisionsvorlage in %1: Benötigt wird script.py.mako (Alembics .py-Revisionen) oder script.sql.mako (Retorts .sql-Revisionen)</translation>
    </message>
    <message>
        <source>Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge.</source>
        <translation>Es gibt mehrere Heads; geben Sie die Head-Revision an, auf der die neue Revision aufbauen soll, oder führen Sie einen Merge durch.</translation>
    </message>
    <message>
        <source>Duplicate head revisions specified</source>
        <translation>Head-Revisionen mehrfach angegeben</translation>
    </message>
    <message>
        <source>Multiple version locations present, please specify --version-path</source>
        <translation>Es gibt mehrere Versionsordner; bitte --version-path angeben</translation>
    </message>
    <message>
        <source>Path %1 is not represented in current version locations</source>
        <translation>Der Pfad %1 gehört zu keinem der aktuellen Versionsordner</translation>
    </message>
    <message>
        <source>Revision %1 is not a head revision; please specify --splice to create a new branch from this revision</source>
        <translation>Revision %1 ist keine Head-Revision; geben Sie --splice an, um von dieser Revision aus einen neuen Zweig anzulegen</translation>
    </message>
    <message>
        <source>Can&apos;t locate revision identified by &apos;%1&apos; (--depends-on needs a revision)</source>
        <translation>Keine Revision zum Bezeichner &apos;%1&apos; gefunden (--depends-on braucht eine Revision)</translation>
    </message>
    <message>
        <source>Revision %1 is already present (%2); choose another --rev-id</source>
        <translation>Revision %1 existiert bereits (%2); wählen Sie eine andere --rev-id</translation>
    </message>
    <message>
        <source>Revision id %1 is already a branch label of revision %2; choose another --rev-id</source>
        <translation>Die Revisions-ID %1 ist bereits ein Branch-Label der Revision %2; wählen Sie eine andere --rev-id</translation>
    </message>
    <message>
        <source>Branch name &apos;%1&apos; in revision %2 already used by revision %3</source>
        <translation>Der Zweigname &apos;%1&apos; in Revision %2 wird bereits von Revision %3 verwendet</translation>
    </message>
    <message>
        <source>Branch label &apos;%1&apos; cannot be written in a .sql revision: it must not contain blanks or &apos;,&apos;</source>
        <translation>Das Branch-Label &apos;%1&apos; kann nicht in eine .sql-Revision geschrieben werden: Es darf keine Leerzeichen und kein &apos;,&apos; enthalten</translation>
    </message>
    <message>
        <source>File %1 already exists</source>
        <translation>Die Datei %1 existiert bereits</translation>
    </message>
    <message>
        <source>The revision rendered from %1 cannot be read back (%2); nothing was written</source>
        <translation>Die aus %1 erzeugte Revision lässt sich nicht wieder einlesen (%2); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The revision rendered from %1 does not declare revision &apos;%2&apos;; nothing was written</source>
        <translation>Die aus %1 erzeugte Revision deklariert die Revision &apos;%2&apos; nicht; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Version %1 specified branch_labels %2, however the migration file %3 does not have them; have you upgraded your script.py.mako to include the &apos;branch_labels&apos; section?</source>
        <translation>Version %1 gibt branch_labels %2 an, die Migrationsdatei %3 enthält sie aber nicht; haben Sie Ihre script.py.mako um den Abschnitt &apos;branch_labels&apos; ergänzt?</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>post_write_hooks (%1) are not run by Retort; run them on %2 yourself</source>
        <translation>post_write_hooks (%1) werden von Retort nicht ausgeführt; führen Sie sie selbst auf %2 aus</translation>
    </message>
    <message>
        <source>Error executing editor (%1)</source>
        <translation>Fehler beim Ausführen des Editors (%1)</translation>
    </message>
    <message>
        <source>No revision files indicated by symbol &apos;%1&apos;</source>
        <translation>Das Symbol &apos;%1&apos; bezeichnet keine Revisionsdateien</translation>
    </message>
    <message>
        <source>No suitable editor found. Please set the &quot;EDITOR&quot; or &quot;VISUAL&quot; environment variables</source>
        <translation>Kein geeigneter Editor gefunden. Bitte setzen Sie die Umgebungsvariable &quot;EDITOR&quot; oder &quot;VISUAL&quot;</translation>
    </message>
    <message>
        <source>Command &apos;%1&apos; died with a signal.</source>
        <translation>Der Befehl &apos;%1&apos; wurde durch ein Signal beendet.</translation>
    </message>
    <message>
        <source>Command &apos;%1&apos; returned non-zero exit status %2.</source>
        <translation>Der Befehl &apos;%1&apos; endete mit dem Exit-Status %2.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a directory</source>
        <translation>%1 existiert bereits und ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>Directory %1 already exists and is not empty</source>
        <translation>Das Verzeichnis %1 existiert bereits und ist nicht leer</translation>
    </message>
    <message>
        <source>No such template %1</source>
        <translation>Keine Vorlage namens %1</translation>
    </message>
    <message>
        <source>Cannot write the config file %1: the folder %2 does not exist</source>
        <translation>Die Konfigurationsdatei %1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>invalid expression</source>
        <translation>ungültiger Ausdruck</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; at the end of the control line</source>
        <translation>&apos;:&apos; am Ende der Steuerzeile erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not supported in templates (Retort evaluates a small subset of Python: names, literals, calls of repr/str/len, &apos;x if c else y&apos;, and/or/not, comparisons)</source>
        <translation>%1 wird in Vorlagen nicht unterstützt (Retort wertet eine kleine Teilmenge von Python aus: Namen, Literale, Aufrufe von repr/str/len, &apos;x if c else y&apos;, and/or/not, Vergleiche)</translation>
    </message>
    <message>
        <source>lambda</source>
        <translation>ein Lambda-Ausdruck</translation>
    </message>
    <message>
        <source>expected &apos;else&apos; in a conditional expression</source>
        <translation>&apos;else&apos; im bedingten Ausdruck erwartet</translation>
    </message>
    <message>
        <source>a chained comparison</source>
        <translation>ein verketteter Vergleich</translation>
    </message>
    <message>
        <source>the operator &apos;%1&apos;</source>
        <translation>der Operator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>calling anything but a plain name</source>
        <translation>der Aufruf von etwas anderem als einem einfachen Namen</translation>
    </message>
    <message>
        <source>a keyword argument</source>
        <translation>ein Schlüsselwortargument</translation>
    </message>
    <message>
        <source>argument unpacking</source>
        <translation>das Entpacken von Argumenten</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in a call</source>
        <translation>&apos;,&apos; oder &apos;)&apos; im Aufruf erwartet</translation>
    </message>
    <message>
        <source>slicing</source>
        <translation>Slicing</translation>
    </message>
    <message>
        <source>expected &apos;]&apos;</source>
        <translation>&apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>attribute access (&apos;.%1&apos;)</source>
        <translation>der Attributzugriff (&apos;.%1&apos;)</translation>
    </message>
    <message>
        <source>a comprehension</source>
        <translation>eine Comprehension</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>the number &apos;%1&apos;</source>
        <translation>die Zahl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a dict or set</source>
        <translation>ein Dict oder Set</translation>
    </message>
    <message>
        <source>the operator &apos;-&apos;</source>
        <translation>der Operator &apos;-&apos;</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>unerwartetes Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <source>&apos;in &lt;string&gt;&apos; requires string as left operand, not %1</source>
        <translation>&apos;in &lt;string&gt;&apos; verlangt einen String als linken Operanden, nicht %1</translation>
    </message>
    <message>
        <source>argument of type &apos;%1&apos; is not iterable</source>
        <translation>Argument vom Typ &apos;%1&apos; ist nicht iterierbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not supported between instances of &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>&apos;%1&apos; wird zwischen Instanzen von &apos;%2&apos; und &apos;%3&apos; nicht unterstützt</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>nicht unterstützte Operandentypen für +: &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 indices must be integers, not %2</source>
        <translation>%1-Indizes müssen ganze Zahlen sein, nicht %2</translation>
    </message>
    <message>
        <source>string index out of range</source>
        <translation>String-Index außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>%1 index out of range</source>
        <translation>%1-Index außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not subscriptable</source>
        <translation>&apos;%1&apos;-Objekt unterstützt keinen Indexzugriff</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>leerer Ausdruck</translation>
    </message>
    <message>
        <source>sequence item %1: expected str instance, %2 found</source>
        <translation>Sequenzelement %1: str-Instanz erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>Don&apos;t know how to comma-format %1</source>
        <translation>%1 lässt sich nicht kommagetrennt formatieren</translation>
    </message>
    <message>
        <source>%1() takes exactly %2 argument(s) (%3 given)</source>
        <translation>%1() erwartet genau %2 Argument(e) (%3 angegeben)</translation>
    </message>
    <message>
        <source>the function &apos;%1&apos; is not supported in templates</source>
        <translation>die Funktion &apos;%1&apos; wird in Vorlagen nicht unterstützt</translation>
    </message>
    <message>
        <source>object of type &apos;%1&apos; has no len()</source>
        <translation>Objekt vom Typ &apos;%1&apos; hat kein len()</translation>
    </message>
    <message>
        <source>sql_comment() needs a str, not %1</source>
        <translation>sql_comment() braucht einen str, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not callable</source>
        <translation>&apos;%1&apos;-Objekt ist nicht aufrufbar</translation>
    </message>
    <message>
        <source>Unterminated control keyword: &apos;%1&apos;</source>
        <translation>Nicht abgeschlossenes Steuerschlüsselwort: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not supported: Retort renders templates without Python and knows Mako&apos;s ${...} expressions, % if/for control lines, ## comments and &lt;%! import %&gt; blocks</source>
        <translation>%1 wird nicht unterstützt: Retort erzeugt Vorlagen ohne Python und kennt Makos ${...}-Ausdrücke, % if/for-Steuerzeilen, ##-Kommentare und &lt;%! import %&gt;-Blöcke</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>invalid expression ${%1}: %2</source>
        <translation>ungültiger Ausdruck ${%1}: %2</translation>
    </message>
    <message>
        <source>The filter &apos;%1&apos;</source>
        <translation>Der Filter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid control line: &apos;%1&apos;</source>
        <translation>Ungültige Steuerzeile: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No starting keyword &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>Kein öffnendes Schlüsselwort &apos;%1&apos; zu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Keyword &apos;%1&apos; doesn&apos;t match keyword &apos;%2&apos;</source>
        <translation>Das Schlüsselwort &apos;%1&apos; passt nicht zum Schlüsselwort &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a matching &apos;% if&apos;</source>
        <translation>&apos;%1&apos; ohne passendes &apos;% if&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; after &apos;% else&apos;</source>
        <translation>&apos;%1&apos; nach &apos;% else&apos;</translation>
    </message>
    <message>
        <source>The loop &apos;% %1&apos;</source>
        <translation>Die Schleife &apos;% %1&apos;</translation>
    </message>
    <message>
        <source>The control line &apos;% %1&apos;</source>
        <translation>Die Steuerzeile &apos;% %1&apos;</translation>
    </message>
    <message>
        <source>invalid control line expression &apos;%1&apos;: %2</source>
        <translation>ungültiger Ausdruck in der Steuerzeile &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Unclosed tag: &lt;%doc&gt;</source>
        <translation>Nicht geschlossenes Tag: &lt;%doc&gt;</translation>
    </message>
    <message>
        <source>The Mako tag &lt;%%1&gt;</source>
        <translation>Das Mako-Tag &lt;%%1&gt;</translation>
    </message>
    <message>
        <source>Unclosed tag: &lt;%text&gt;</source>
        <translation>Nicht geschlossenes Tag: &lt;%text&gt;</translation>
    </message>
    <message>
        <source>Closing tag without opening tag: &lt;/%%1&gt;</source>
        <translation>Schließendes Tag ohne öffnendes Tag: &lt;/%%1&gt;</translation>
    </message>
    <message>
        <source>A Python code block &lt;% ... %&gt;</source>
        <translation>Ein Python-Codeblock &lt;% ... %&gt;</translation>
    </message>
    <message>
        <source>Expected: %&gt;</source>
        <translation>Erwartet: %&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in a &lt;%! %&gt; block (only imports are accepted there, and ignored)</source>
        <translation>&apos;%1&apos; in einem &lt;%! %&gt;-Block (dort werden nur Importe akzeptiert, und ignoriert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not iterable</source>
        <translation>&apos;%1&apos;-Objekt ist nicht iterierbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined (in ${%2})</source>
        <translation>&apos;%1&apos; ist nicht definiert (in ${%2})</translation>
    </message>
    <message>
        <source>${%1} gives a %2 where a str is needed (the &apos;n&apos; filter turns off the conversion to str)</source>
        <translation>${%1} ergibt einen %2, wo ein str nötig ist (der Filter &apos;n&apos; schaltet die Umwandlung in str ab)</translation>
    </message>
    <message>
        <source>the &apos;trim&apos; filter needs a str, not %1</source>
        <translation>der Filter &apos;trim&apos; braucht einen str, nicht %1</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos; (Retort knows n, str, trim, h, repr, len and the template&apos;s functions such as comma)</source>
        <translation>unbekannter Filter &apos;%1&apos; (Retort kennt n, str, trim, h, repr, len und die Funktionen der Vorlage wie comma)</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The template declares the encoding &apos;%1&apos;; Retort reads templates as UTF-8</source>
        <translation>Die Vorlage deklariert die Kodierung &apos;%1&apos;; Retort liest Vorlagen als UTF-8</translation>
    </message>
    <message>
        <source>Unicode decode operation of encoding &apos;utf-8&apos; failed</source>
        <translation>Unicode-Dekodierung mit der Kodierung &apos;utf-8&apos; fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid file_template %1: %2</source>
        <translation>Ungültiges file_template %1: %2</translation>
    </message>
    <message>
        <source>%(%1)%2 format: %3, not str</source>
        <translation>Format %(%1)%2: %3, nicht str</translation>
    </message>
    <message>
        <source>%(%1)%2 format: must be real number, not str</source>
        <translation>Format %(%1)%2: muss eine reelle Zahl sein, nicht str</translation>
    </message>
    <message>
        <source>%c requires int or char</source>
        <translation>%c verlangt int oder char</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos; (0x%2)</source>
        <translation>nicht unterstütztes Formatzeichen &apos;%1&apos; (0x%2)</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>unvollständiges Format</translation>
    </message>
    <message>
        <source>incomplete format key</source>
        <translation>unvollständiger Formatschlüssel</translation>
    </message>
    <message>
        <source>* wants int</source>
        <translation>* verlangt int</translation>
    </message>
    <message>
        <source>format requires a mapping</source>
        <translation>Format verlangt ein Mapping</translation>
    </message>
    <message>
        <source>unknown token %(%1); the tokens are rev, slug, epoch, year, month, day, hour, minute and second</source>
        <translation>unbekanntes Token %(%1); die Tokens sind rev, slug, epoch, year, month, day, hour, minute und second</translation>
    </message>
    <message>
        <source>Can&apos;t locate timezone: %1</source>
        <translation>Zeitzone nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 needs a database connection, which this version of Retort cannot open yet</source>
        <translation>%1 braucht eine Datenbankverbindung, die diese Version von Retort noch nicht öffnen kann</translation>
    </message>
    <message>
        <source>Requested range %1:%2 does not refer to ancestor/descendant revisions along the same branch</source>
        <translation>Der angeforderte Bereich %1:%2 bezeichnet keine Vorfahren-/Nachfahren-Revisionen auf demselben Zweig</translation>
    </message>
    <message>
        <source>Multiple head revisions are present for given argument &apos;%1&apos;; please specify a specific target revision, &apos;&lt;branchname&gt;@%1&apos; to narrow to a specific head, or &apos;heads&apos; for all heads</source>
        <translation>Für das Argument &apos;%1&apos; gibt es mehrere Head-Revisionen; geben Sie eine bestimmte Zielrevision an, &apos;&lt;branchname&gt;@%1&apos; für einen bestimmten Head oder &apos;heads&apos; für alle Heads</translation>
    </message>
    <message>
        <source>Can&apos;t locate revision identified by &apos;%1&apos;</source>
        <translation>Keine Revision zum Bezeichner &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>History range requires [start]:[end], [start]:, or :[end]</source>
        <translation>Ein History-Bereich verlangt [start]:[end], [start]: oder :[end]</translation>
    </message>
    <message>
        <source>Available templates:

generic - Generic single-database configuration.
sql - Native Retort project whose revisions are plain .sql files.

Templates are used via the &apos;init&apos; command, e.g.:

  retort init --template generic ./scripts
</source>
        <translation>Verfügbare Vorlagen:

generic - Allgemeine Konfiguration für eine Datenbank.
sql - Natives Retort-Projekt, dessen Revisionen einfache .sql-Dateien sind.

Vorlagen werden mit dem Befehl &apos;init&apos; verwendet, z. B.:

  retort init --template generic ./scripts
</translation>
    </message>
    <message>
        <source>No database URL: set sqlalchemy.url in %1, the environment variable %2, or pass --url</source>
        <translation>Keine Datenbank-URL: Setzen Sie sqlalchemy.url in %1 oder die Umgebungsvariable %2, oder geben Sie --url an</translation>
    </message>
    <message>
        <source>Can&apos;t load plugin: sqlalchemy.dialects:%1 (Retort connects to postgresql and sqlite databases)</source>
        <translation>Plugin kann nicht geladen werden: sqlalchemy.dialects:%1 (Retort verbindet sich mit PostgreSQL- und SQLite-Datenbanken)</translation>
    </message>
    <message>
        <source>Destination %1 is not a valid upgrade target from current head(s)</source>
        <translation>Das Ziel %1 ist von den aktuellen Heads aus kein gültiges Upgrade-Ziel</translation>
    </message>
    <message>
        <source>Destination %1 is not a valid downgrade target from current head(s)</source>
        <translation>Das Ziel %1 ist von den aktuellen Heads aus kein gültiges Downgrade-Ziel</translation>
    </message>
    <message>
        <source>Multiple heads are present; please specify a single target revision</source>
        <translation>Es gibt mehrere Heads; bitte geben Sie eine einzelne Zielrevision an</translation>
    </message>
    <message>
        <source>Can&apos;t use --purge with --sql mode</source>
        <translation>--purge kann nicht im --sql-Modus verwendet werden</translation>
    </message>
    <message>
        <source>Stamp operation with --sql only supports a single starting revision at a time</source>
        <translation>Stamp mit --sql unterstützt nur eine einzelne Startrevision auf einmal</translation>
    </message>
    <message>
        <source>downgrade with --sql requires &lt;fromrev&gt;:&lt;torev&gt;</source>
        <translation>downgrade mit --sql verlangt &lt;fromrev&gt;:&lt;torev&gt;</translation>
    </message>
    <message>
        <source>Range revision not allowed</source>
        <translation>Revisionsbereich nicht erlaubt</translation>
    </message>
    <message>
        <source>Context impl PostgresqlImpl.</source>
        <translation>Kontext-Implementierung PostgresqlImpl.</translation>
    </message>
    <message>
        <source>Context impl SQLiteImpl.</source>
        <translation>Kontext-Implementierung SQLiteImpl.</translation>
    </message>
    <message>
        <source>Dry run: every step runs in one transaction that is rolled back at the end.</source>
        <translation>Probelauf: Alle Schritte laufen in einer Transaktion, die am Ende zurückgerollt wird.</translation>
    </message>
    <message>
        <source>One transaction per migration.</source>
        <translation>Eine Transaktion pro Migration.</translation>
    </message>
    <message>
        <source>Will assume transactional DDL: one transaction for the whole run.</source>
        <translation>Transaktionale DDL wird angenommen: eine Transaktion für den ganzen Lauf.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Führe %1 aus</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; in section [%2] must be a boolean: String is not true/false: %3</source>
        <translation>Die Option &apos;%1&apos; im Abschnitt [%2] muss ein Wahrheitswert sein: Der Text ist nicht true/false: %3</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; in section [%2] names a Python package resource (%3); Retort cannot resolve package resources without Python, use a folder path instead</source>
        <translation>Die Option &apos;%1&apos; im Abschnitt [%2] nennt eine Python-Paketressource (%3); Retort kann Paketressourcen ohne Python nicht auflösen, verwenden Sie stattdessen einen Ordnerpfad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for version_path_separator; expected &apos;space&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos; (Retort also accepts &apos;colon&apos;, &apos;semicolon&apos;, &apos;newline&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für version_path_separator; erwartet wird &apos;space&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos; (Retort akzeptiert auch &apos;colon&apos;, &apos;semicolon&apos;, &apos;newline&apos;)</translation>
    </message>
    <message>
        <source>No config file %1 found, or file has no &apos;[%2]&apos; section</source>
        <translation>Keine Konfigurationsdatei %1 gefunden, oder die Datei hat keinen Abschnitt &apos;[%2]&apos;</translation>
    </message>
    <message>
        <source>No &apos;script_location&apos; key found in configuration.</source>
        <translation>Kein Schlüssel &apos;script_location&apos; in der Konfiguration gefunden.</translation>
    </message>
    <message>
        <source>Option &apos;truncate_slug_length&apos; in section [%1] must be an integer: invalid literal for int() with base 10: %2</source>
        <translation>Die Option &apos;truncate_slug_length&apos; im Abschnitt [%1] muss eine ganze Zahl sein: ungültiges Literal für int() zur Basis 10: %2</translation>
    </message>
    <message>
        <source>Option &apos;script_location&apos; in section [%1] is empty; set it to the folder that holds env.py and versions/</source>
        <translation>Die Option &apos;script_location&apos; im Abschnitt [%1] ist leer; setzen Sie sie auf den Ordner mit env.py und versions/</translation>
    </message>
    <message>
        <source>Path doesn&apos;t exist: %1.  Please use the &apos;init&apos; command to create a new scripts folder.</source>
        <translation>Der Pfad existiert nicht: %1. Bitte legen Sie mit dem Befehl &apos;init&apos; einen neuen Skriptordner an.</translation>
    </message>
    <message>
        <source>Script location %1 is not a folder</source>
        <translation>Der Skriptort %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Bad interpolation in option &apos;sqlalchemy.url&apos; of section [%1] (value not shown, it may hold a password): write a literal % as %%, and %(name)s only for keys of the section or of [DEFAULT]</source>
        <translation>Fehlerhafte Interpolation in der Option &apos;sqlalchemy.url&apos; des Abschnitts [%1] (Wert nicht angezeigt, er kann ein Passwort enthalten): Schreiben Sie ein wörtliches % als %%, und %(name)s nur für Schlüssel des Abschnitts oder von [DEFAULT]</translation>
    </message>
    <message>
        <source>Option &apos;version_table&apos; in section [%1] must not be empty</source>
        <translation>Die Option &apos;version_table&apos; im Abschnitt [%1] darf nicht leer sein</translation>
    </message>
    <message>
        <source>Could not parse SQLAlchemy URL from string &apos;%1&apos;</source>
        <translation>Aus dem Text &apos;%1&apos; lässt sich keine SQLAlchemy-URL lesen</translation>
    </message>
    <message>
        <source>Invalid port &apos;%1&apos; in database URL %2</source>
        <translation>Ungültiger Port &apos;%1&apos; in der Datenbank-URL %2</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark (BOM), which Python&apos;s configparser and so Alembic reject; save it as UTF-8 without BOM</source>
        <translation>Die Datei beginnt mit einer UTF-8-Bytereihenfolgemarke (BOM), die Pythons configparser und damit Alembic ablehnen; speichern Sie sie als UTF-8 ohne BOM</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (invalid byte sequence on this line)</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text (ungültige Bytefolge in dieser Zeile)</translation>
    </message>
    <message>
        <source>Section %1 already exists</source>
        <translation>Der Abschnitt %1 existiert bereits</translation>
    </message>
    <message>
        <source>File contains no section headers: expected a &apos;[section]&apos; line before %1</source>
        <translation>Die Datei enthält keine Abschnittsköpfe: Vor %1 wird eine Zeile &apos;[section]&apos; erwartet</translation>
    </message>
    <message>
        <source>Parsing error: expected &apos;[section]&apos;, &apos;key = value&apos; or &apos;key: value&apos;, found %1</source>
        <translation>Syntaxfehler: &apos;[section]&apos;, &apos;key = value&apos; oder &apos;key: value&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>Parsing error: option name missing before &apos;%1&apos; in %2</source>
        <translation>Syntaxfehler: Optionsname fehlt vor &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Option %1 in section %2 already exists</source>
        <translation>Die Option %1 im Abschnitt %2 existiert bereits</translation>
    </message>
    <message>
        <source>Cannot read config file %1: %2</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Bad interpolation in option %1 of section [%2]: %3</source>
        <translation>Fehlerhafte Interpolation in der Option %1 des Abschnitts [%2]: %3</translation>
    </message>
    <message>
        <source>recursion limit exceeded, an interpolation key cannot be substituted in %1 steps (raw value: %2)</source>
        <translation>Rekursionsgrenze überschritten: Ein Interpolationsschlüssel lässt sich nicht in %1 Schritten ersetzen (Rohwert: %2)</translation>
    </message>
    <message>
        <source>bad interpolation variable reference %1</source>
        <translation>fehlerhafter Verweis auf eine Interpolationsvariable: %1</translation>
    </message>
    <message>
        <source>interpolation key %1 is not an option of this section or of [DEFAULT] (raw value: %2)</source>
        <translation>der Interpolationsschlüssel %1 ist keine Option dieses Abschnitts oder von [DEFAULT] (Rohwert: %2)</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by &apos;%&apos; or &apos;(&apos;, found: %1</source>
        <translation>Auf &apos;%&apos; muss &apos;%&apos; oder &apos;(&apos; folgen, gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 is not present; it is the down_revision of %2</source>
        <translation>Revision %1 ist nicht vorhanden; sie ist die down_revision von %2</translation>
    </message>
    <message>
        <source>%1 names no revision or branch label; it is in depends_on of %2</source>
        <translation>%1 bezeichnet weder eine Revision noch ein Branch-Label; es steht in depends_on von %2</translation>
    </message>
    <message>
        <source>The revision identifier is empty</source>
        <translation>Der Revisionsbezeichner ist leer</translation>
    </message>
    <message>
        <source>Self-loop is detected in revisions (%1)</source>
        <translation>Selbstschleife in Revisionen erkannt (%1)</translation>
    </message>
    <message>
        <source>Dependency self-loop is detected in revisions (%1)</source>
        <translation>Abhängigkeits-Selbstschleife in Revisionen erkannt (%1)</translation>
    </message>
    <message>
        <source>Revision %1 is present more than once: also in %2</source>
        <translation>Revision %1 ist mehrfach vorhanden: auch in %2</translation>
    </message>
    <message>
        <source>Revision %1 depends on &apos;%2&apos;, which is neither a revision nor a branch label</source>
        <translation>Revision %1 hängt von &apos;%2&apos; ab, das weder eine Revision noch ein Branch-Label ist</translation>
    </message>
    <message>
        <source>Revision %1 names branch label &apos;%2&apos; as its down_revision; down_revision must name revision identifiers</source>
        <translation>Revision %1 nennt das Branch-Label &apos;%2&apos; als down_revision; down_revision muss Revisionsbezeichner nennen</translation>
    </message>
    <message>
        <source>Revision %1 referenced from %2 is not present</source>
        <translation>Die von %2 referenzierte Revision %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>Dependency cycle</source>
        <translation>Abhängigkeitszyklus</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>%1 is detected in revisions (%2)</source>
        <translation>%1 in Revisionen erkannt (%2)</translation>
    </message>
    <message>
        <source>Multiple heads are present for given argument &apos;%1&apos;; %2</source>
        <translation>Für das Argument &apos;%1&apos; gibt es mehrere Heads; %2</translation>
    </message>
    <message>
        <source>No such branch: &apos;%1&apos;</source>
        <translation>Kein solcher Zweig: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; please ensure at least four characters are present for partial revision identifier matches</source>
        <translation>; für Teilbezeichner von Revisionen sind mindestens vier Zeichen nötig</translation>
    </message>
    <message>
        <source>No such revision or branch &apos;%1&apos;%2</source>
        <translation>Keine Revision und kein Zweig namens &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>Multiple revisions start with &apos;%1&apos;: %2...</source>
        <translation>Mehrere Revisionen beginnen mit &apos;%1&apos;: %2...</translation>
    </message>
    <message>
        <source>Revision %1 is not a member of branch &apos;%2&apos;</source>
        <translation>Revision %1 gehört nicht zum Zweig &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Ambiguous walk</source>
        <translation>Mehrdeutiger Durchlauf</translation>
    </message>
    <message>
        <source>Requested revision %1 overlaps with other requested revisions %2</source>
        <translation>Die angeforderte Revision %1 überschneidet sich mit anderen angeforderten Revisionen %2</translation>
    </message>
    <message>
        <source>Relative revision %1 didn&apos;t produce %2 migrations</source>
        <translation>Die relative Revision %1 ergab keine %2 Migrationen</translation>
    </message>
    <message>
        <source>Ambiguous upgrade from multiple current revisions</source>
        <translation>Mehrdeutiges Upgrade von mehreren aktuellen Revisionen aus</translation>
    </message>
    <message>
        <source>Walked too far</source>
        <translation>Zu weit gegangen</translation>
    </message>
    <message>
        <source>Ambiguous relative revision %1 on branch &apos;%2&apos;</source>
        <translation>Mehrdeutige relative Revision %1 auf dem Zweig &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Revision %1 is not an ancestor of revision %2</source>
        <translation>Revision %1 ist kein Vorfahr der Revision %2</translation>
    </message>
    <message>
        <source>Not a valid downgrade target from current heads</source>
        <translation>Von den aktuellen Heads aus kein gültiges Downgrade-Ziel</translation>
    </message>
    <message>
        <source>Nothing to drop</source>
        <translation>Nichts zu entfernen</translation>
    </message>
    <message>
        <source>Revision ordering did not converge</source>
        <translation>Die Sortierung der Revisionen konvergierte nicht</translation>
    </message>
    <message>
        <source>host %1, port %2, database %3</source>
        <translation>Host %1, Port %2, Datenbank %3</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert: Installieren Sie das Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The query parameter &apos;%1&apos; of %2 holds a &apos;;&apos;, which the PostgreSQL driver cannot pass on</source>
        <translation>Der Query-Parameter &apos;%1&apos; von %2 enthält ein &apos;;&apos;, das der PostgreSQL-Treiber nicht weitergeben kann</translation>
    </message>
    <message>
        <source>Can&apos;t connect to %1 (%2): %3</source>
        <translation>Keine Verbindung zu %1 (%2): %3</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed: install the package libqt6sql6-sqlite</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert: Installieren Sie das Paket libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>The SQLite timeout &apos;%1&apos; in %2 is not a number of seconds</source>
        <translation>Das SQLite-Timeout &apos;%1&apos; in %2 ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>The SQLite query parameter &apos;%1&apos; in %2 is not supported (supported: timeout)</source>
        <translation>Der SQLite-Query-Parameter &apos;%1&apos; in %2 wird nicht unterstützt (unterstützt: timeout)</translation>
    </message>
    <message>
        <source>Can&apos;t open the SQLite database %1: the folder %2 does not exist</source>
        <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>Can&apos;t open the SQLite database %1: %2</source>
        <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>pid %1, application &apos;%2&apos;, user %3 from %4, connected since %5 (%6)</source>
        <translation>PID %1, Anwendung &apos;%2&apos;, Benutzer %3 von %4, verbunden seit %5 (%6)</translation>
    </message>
    <message>
        <source>a session that has just ended</source>
        <translation>eine gerade beendete Sitzung</translation>
    </message>
    <message>
        <source>Waiting for the migration lock on %1, held by %2</source>
        <translation>Warte auf die Migrationssperre für %1, gehalten von %2</translation>
    </message>
    <message>
        <source>Another migration run holds the lock on %1 in this database: %2. Waited %3 s (--lock-timeout); nothing was changed.</source>
        <translation>Ein anderer Migrationslauf hält die Sperre für %1 in dieser Datenbank: %2. %3 s gewartet (--lock-timeout); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Can&apos;t begin a transaction</source>
        <translation>Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Can&apos;t commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
    <message>
        <source>Online migration expected to match one row when updating &apos;%1&apos; to &apos;%2&apos; in &apos;%3&apos;; %4 found</source>
        <translation>Die Online-Migration erwartete beim Ändern von &apos;%1&apos; auf &apos;%2&apos; in &apos;%3&apos; genau eine Zeile; %4 gefunden</translation>
    </message>
    <message>
        <source>Online migration expected to match one row when deleting &apos;%1&apos; in &apos;%2&apos;; %3 found</source>
        <translation>Die Online-Migration erwartete beim Löschen von &apos;%1&apos; in &apos;%2&apos; genau eine Zeile; %3 gefunden</translation>
    </message>
    <message>
        <source>The database changed since the plan was made: its version rows are now (%1), the plan starts from (%2). Nothing was run.</source>
        <translation>Die Datenbank hat sich seit der Planung geändert: Ihre Versionszeilen sind jetzt (%1), der Plan geht von (%2) aus. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Cancelled; rolled back.</source>
        <translation>Abgebrochen; zurückgerollt.</translation>
    </message>
    <message>
        <source>rolled back to the state after %1</source>
        <translation>auf den Stand nach %1 zurückgerollt</translation>
    </message>
    <message>
        <source>rolled back: the database is as it was before the run</source>
        <translation>zurückgerollt: Die Datenbank ist wie vor dem Lauf</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Dry run: rolled back.</source>
        <translation>Probelauf: zurückgerollt.</translation>
    </message>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a class definition</source>
        <translation>eine Klassendefinition</translation>
    </message>
    <message>
        <source>unexpected indent</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>expected an indented block after line %1</source>
        <translation>eingerückter Block nach Zeile %1 erwartet</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>ungültige Syntax</translation>
    </message>
    <message>
        <source>%1(): %2</source>
        <translation>%1(): %2</translation>
    </message>
    <message>
        <source>revision must be a non-empty string, not %1</source>
        <translation>revision muss ein nicht leerer String sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 contains %2 inside a %3; each item must be a string</source>
        <translation>%1 enthält %2 in einer Sammlung (%3); jedes Element muss ein String sein</translation>
    </message>
    <message>
        <source>tuple</source>
        <translation>Tupel</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>%1 must be a string, a tuple or list of strings, or None, not %2</source>
        <translation>%1 muss ein String, ein Tupel oder eine Liste von Strings oder None sein, nicht %2</translation>
    </message>
    <message>
        <source>cannot mix bytes and nonbytes literals</source>
        <translation>Bytes- und Nicht-Bytes-Literale können nicht gemischt werden</translation>
    </message>
    <message>
        <source>%1 is assigned &apos;%2&apos;, which is not a literal</source>
        <translation>%1 wird &apos;%2&apos; zugewiesen, was kein Literal ist</translation>
    </message>
    <message>
        <source>%1 is assigned an f-string, which is computed when the file runs</source>
        <translation>%1 wird ein f-String zugewiesen, der erst beim Ausführen der Datei berechnet wird</translation>
    </message>
    <message>
        <source>%1 is assigned by unpacking &apos;%2&apos;, which is not a tuple or list literal of the same length</source>
        <translation>%1 wird durch Entpacken von &apos;%2&apos; zugewiesen, was kein Tupel- oder Listenliteral derselben Länge ist</translation>
    </message>
    <message>
        <source>%1 is changed with &apos;%2&apos;</source>
        <translation>%1 wird mit &apos;%2&apos; verändert</translation>
    </message>
    <message>
        <source>%1 may be modified at line %2</source>
        <translation>%1 wird möglicherweise in Zeile %2 verändert</translation>
    </message>
    <message>
        <source>imported from module &apos;%1&apos;</source>
        <translation>importiert aus dem Modul &apos;%1&apos;</translation>
    </message>
    <message>
        <source>which is the module &apos;%1&apos; imported at line %2</source>
        <translation>das das in Zeile %2 importierte Modul &apos;%1&apos; ist</translation>
    </message>
    <message>
        <source>which is not assigned earlier at module level in this file</source>
        <translation>das in dieser Datei nicht vorher auf Modulebene zugewiesen wird</translation>
    </message>
    <message>
        <source>which is not assigned earlier in this file and may come from &apos;from %1 import *&apos;</source>
        <translation>das in dieser Datei nicht vorher zugewiesen wird und aus &apos;from %1 import *&apos; stammen kann</translation>
    </message>
    <message>
        <source>which is assigned inside a block (if, try, for, while, with or match) at line %1</source>
        <translation>das in Zeile %1 innerhalb eines Blocks (if, try, for, while, with oder match) zugewiesen wird</translation>
    </message>
    <message>
        <source>which is a function defined at line %1</source>
        <translation>das eine in Zeile %1 definierte Funktion ist</translation>
    </message>
    <message>
        <source>which is a class defined at line %1</source>
        <translation>das eine in Zeile %1 definierte Klasse ist</translation>
    </message>
    <message>
        <source>which is deleted at line %1</source>
        <translation>das in Zeile %1 gelöscht wird</translation>
    </message>
    <message>
        <source>which may be modified at line %1</source>
        <translation>das in Zeile %1 verändert werden kann</translation>
    </message>
    <message>
        <source>which is assigned a value that is not a literal at line %1</source>
        <translation>dem in Zeile %1 ein Wert zugewiesen wird, der kein Literal ist</translation>
    </message>
    <message>
        <source>%1 is assigned from &apos;%2&apos;, %3</source>
        <translation>%1 wird aus &apos;%2&apos; zugewiesen, %3</translation>
    </message>
    <message>
        <source>; Retort reads revision files without running them, so the value must be a literal in this file</source>
        <translation>; Retort liest Revisionsdateien, ohne sie auszuführen, daher muss der Wert in dieser Datei ein Literal sein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>ein leerer String</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a tuple</source>
        <translation>ein Tupel</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a bytes literal</source>
        <translation>ein Bytes-Literal</translation>
    </message>
    <message>
        <source>not a string literal</source>
        <translation>kein String-Literal</translation>
    </message>
    <message>
        <source>bytes literal</source>
        <translation>Bytes-Literal</translation>
    </message>
    <message>
        <source>f-string</source>
        <translation>f-String</translation>
    </message>
    <message>
        <source>(unicode error) truncated \xXX escape</source>
        <translation>(Unicode-Fehler) abgeschnittene \xXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>(unicode error) truncated \uXXXX escape</source>
        <translation>(Unicode-Fehler) abgeschnittene \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>(unicode error) truncated \UXXXXXXXX escape</source>
        <translation>(Unicode-Fehler) abgeschnittene \UXXXXXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>(unicode error) illegal Unicode character</source>
        <translation>(Unicode-Fehler) unzulässiges Unicode-Zeichen</translation>
    </message>
    <message>
        <source>\N{...} escapes are not supported; write the character itself</source>
        <translation>\N{...}-Escape-Sequenzen werden nicht unterstützt; schreiben Sie das Zeichen selbst</translation>
    </message>
    <message>
        <source>encoding problem: %1 with BOM</source>
        <translation>Kodierungsproblem: %1 mit BOM</translation>
    </message>
    <message>
        <source>unsupported source encoding &apos;%1&apos;: Retort reads revision files in UTF-8, Latin-1 or ASCII</source>
        <translation>nicht unterstützte Quellkodierung &apos;%1&apos;: Retort liest Revisionsdateien in UTF-8, Latin-1 oder ASCII</translation>
    </message>
    <message>
        <source>(unicode error) &apos;ascii&apos; codec can&apos;t decode byte 0x%1</source>
        <translation>(Unicode-Fehler) Der Codec &apos;ascii&apos; kann das Byte 0x%1 nicht dekodieren</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <source>source code string cannot contain null bytes</source>
        <translation>Quelltext darf keine Nullbytes enthalten</translation>
    </message>
    <message>
        <source>unexpected EOF while parsing</source>
        <translation>unerwartetes Dateiende beim Parsen</translation>
    </message>
    <message>
        <source>unexpected character after line continuation character</source>
        <translation>unerwartetes Zeichen nach dem Zeilenfortsetzungszeichen</translation>
    </message>
    <message>
        <source>inconsistent use of tabs and spaces in indentation</source>
        <translation>uneinheitliche Verwendung von Tabulatoren und Leerzeichen in der Einrückung</translation>
    </message>
    <message>
        <source>too many levels of indentation</source>
        <translation>zu viele Einrückungsebenen</translation>
    </message>
    <message>
        <source>unindent does not match any outer indentation level</source>
        <translation>die Ausrückung passt zu keiner äußeren Einrückungsebene</translation>
    </message>
    <message>
        <source>unterminated string literal (detected at line %1)</source>
        <translation>nicht abgeschlossenes String-Literal (erkannt in Zeile %1)</translation>
    </message>
    <message>
        <source>unterminated triple-quoted string literal (detected at line %1)</source>
        <translation>nicht abgeschlossenes String-Literal in dreifachen Anführungszeichen (erkannt in Zeile %1)</translation>
    </message>
    <message>
        <source>invalid %1 literal</source>
        <translation>ungültiges Literal (%1)</translation>
    </message>
    <message>
        <source>invalid digit &apos;%1&apos; in %2 literal</source>
        <translation>ungültige Ziffer &apos;%1&apos; im Literal (%2)</translation>
    </message>
    <message>
        <source>invalid decimal literal</source>
        <translation>ungültiges Dezimalliteral</translation>
    </message>
    <message>
        <source>leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers</source>
        <translation>führende Nullen in dezimalen Ganzzahlliteralen sind nicht erlaubt; verwenden Sie das Präfix 0o für Oktalzahlen</translation>
    </message>
    <message>
        <source>too many nested parentheses</source>
        <translation>zu viele verschachtelte Klammern</translation>
    </message>
    <message>
        <source>unmatched &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ohne Gegenstück</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;%1&apos; does not match opening parenthesis &apos;%2&apos;</source>
        <translation>die schließende Klammer &apos;%1&apos; passt nicht zur öffnenden Klammer &apos;%2&apos;</translation>
    </message>
    <message>
        <source> on line %1</source>
        <translation> in Zeile %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was never closed</source>
        <translation>&apos;%1&apos; wurde nie geschlossen</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; (%2)</source>
        <translation>ungültiges Zeichen &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>invalid non-printable character %1</source>
        <translation>ungültiges nicht druckbares Zeichen %1</translation>
    </message>
    <message>
        <source>The versions folder %1 does not exist; create it or set version_locations</source>
        <translation>Der Versionsordner %1 existiert nicht; legen Sie ihn an oder setzen Sie version_locations</translation>
    </message>
    <message>
        <source>%1 is a compiled revision without its source; Retort reads revision files as text and needs the .py file</source>
        <translation>%1 ist eine kompilierte Revision ohne Quelltext; Retort liest Revisionsdateien als Text und braucht die .py-Datei</translation>
    </message>
    <message>
        <source>File %1 loaded twice! ignoring. Please ensure version_locations is unique.</source>
        <translation>Datei %1 zweimal geladen! Wird ignoriert. Bitte stellen Sie sicher, dass version_locations eindeutig ist.</translation>
    </message>
    <message>
        <source>Cannot read revision file: %1</source>
        <translation>Revisionsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not determine revision id from filename %1. Be sure the &apos;revision&apos; variable is declared inside the script.</source>
        <translation>Aus dem Dateinamen %1 ließ sich keine Revisions-ID ermitteln. Stellen Sie sicher, dass die Variable &apos;revision&apos; im Skript deklariert ist.</translation>
    </message>
    <message>
        <source>Revision %1 has no &apos;down_revision&apos; variable; a base revision declares down_revision = None</source>
        <translation>Revision %1 hat keine Variable &apos;down_revision&apos;; eine Basisrevision deklariert down_revision = None</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>SQL before the &apos;-- migrate:upgrade&apos; marker; the header may only hold &apos;--&apos; comment lines</source>
        <translation>SQL vor der Markierung &apos;-- migrate:upgrade&apos;; der Kopf darf nur &apos;--&apos;-Kommentarzeilen enthalten</translation>
    </message>
    <message>
        <source>duplicate &apos;%1&apos; header (first at line %2)</source>
        <translation>doppelte Kopfzeile &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>missing &apos;-- Revision ID:&apos; header</source>
        <translation>Kopfzeile &apos;-- Revision ID:&apos; fehlt</translation>
    </message>
    <message>
        <source>empty Revision ID</source>
        <translation>leere Revision ID</translation>
    </message>
    <message>
        <source>invalid Revision ID &apos;%1&apos;: it must not contain blanks, &apos;,&apos;, &apos;@&apos;, &apos;-&apos; or &apos;+&apos;</source>
        <translation>ungültige Revision ID &apos;%1&apos;: Sie darf keine Leerzeichen, &apos;,&apos;, &apos;@&apos;, &apos;-&apos; oder &apos;+&apos; enthalten</translation>
    </message>
    <message>
        <source>missing &apos;-- Revises:&apos; header (leave it empty for a base revision)</source>
        <translation>Kopfzeile &apos;-- Revises:&apos; fehlt (für eine Basisrevision leer lassen)</translation>
    </message>
    <message>
        <source>invalid revision identifier &apos;%1&apos; in Revises</source>
        <translation>ungültiger Revisionsbezeichner &apos;%1&apos; in Revises</translation>
    </message>
    <message>
        <source>invalid item &apos;%1&apos; in %2: items are separated by commas</source>
        <translation>ungültiger Eintrag &apos;%1&apos; in %2: Einträge werden durch Kommas getrennt</translation>
    </message>
    <message>
        <source>unknown section marker &apos;-- migrate:%1&apos; (expected &apos;-- migrate:upgrade&apos; or &apos;-- migrate:downgrade&apos;)</source>
        <translation>unbekannte Abschnittsmarkierung &apos;-- migrate:%1&apos; (erwartet: &apos;-- migrate:upgrade&apos; oder &apos;-- migrate:downgrade&apos;)</translation>
    </message>
    <message>
        <source>duplicate &apos;-- migrate:%1&apos; marker (first at line %2)</source>
        <translation>doppelte Markierung &apos;-- migrate:%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>missing &apos;-- migrate:upgrade&apos; section</source>
        <translation>Abschnitt &apos;-- migrate:upgrade&apos; fehlt</translation>
    </message>
    <message>
        <source>unterminated /* comment starting at line %1</source>
        <translation>nicht abgeschlossener /*-Kommentar ab Zeile %1</translation>
    </message>
    <message>
        <source>unterminated bit string literal starting at line %1</source>
        <translation>nicht abgeschlossenes Bitstring-Literal ab Zeile %1</translation>
    </message>
    <message>
        <source>unterminated hexadecimal string literal starting at line %1</source>
        <translation>nicht abgeschlossenes hexadezimales String-Literal ab Zeile %1</translation>
    </message>
    <message>
        <source>unterminated quoted string starting at line %1</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen ab Zeile %1</translation>
    </message>
    <message>
        <source>unterminated quoted identifier starting at line %1</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen ab Zeile %1</translation>
    </message>
    <message>
        <source>unterminated dollar-quoted string %1 starting at line %2</source>
        <translation>nicht abgeschlossene Dollar-quotierte Zeichenkette %1 ab Zeile %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Can&apos;t create the version table %1 in %2 (%3): %4</source>
        <translation>Die Versionstabelle %1 kann in %2 nicht angelegt werden (%3): %4</translation>
    </message>
    <message>
        <source>%1 failed at statement %2 of %3: %4 (SQLSTATE %5)%6
%7
The transaction was %8.</source>
        <translation>%1 ist bei Anweisung %2 von %3 fehlgeschlagen: %4 (SQLSTATE %5)%6
%7
Die Transaktion wurde %8.</translation>
    </message>
    <message>
        <source>%1 cannot be rendered (%2), and Alembic&apos;s offline mode failed on it too: %3</source>
        <translation>%1 lässt sich nicht umsetzen (%2), und auch Alembics Offline-Modus ist daran gescheitert: %3</translation>
    </message>
    <message>
        <source>Steps that Retort cannot render run with Alembic through %1 (found by %2).</source>
        <translation>Schritte, die Retort nicht umsetzen kann, laufen mit Alembic über %1 (gefunden über %2).</translation>
    </message>
    <message>
        <source>-- not renderable: %1

</source>
        <translation>-- nicht umsetzbar: %1

</translation>
    </message>
    <message>
        <source>-- (no statements)

</source>
        <translation>-- (keine Anweisungen)

</translation>
    </message>
    <message>
        <source>Identifier &apos;%1&apos; exceeds maximum length of %2 characters</source>
        <translation>Der Bezeichner &apos;%1&apos; überschreitet die maximale Länge von %2 Zeichen</translation>
    </message>
    <message>
        <source>SQLite does not support autoincrement for composite primary keys</source>
        <translation>SQLite unterstützt autoincrement nicht für zusammengesetzte Primärschlüssel</translation>
    </message>
    <message>
        <source>a %1 cannot be rendered as an SQL literal</source>
        <translation>ein Wert vom Typ %1 lässt sich nicht als SQL-Literal umsetzen</translation>
    </message>
    <message>
        <source>sa.func.%1() is not supported</source>
        <translation>sa.func.%1() wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.func.%1 must be called</source>
        <translation>sa.func.%1 muss aufgerufen werden</translation>
    </message>
    <message>
        <source>the bind parameter &apos;:%1&apos; has no value (offline mode prints a placeholder)</source>
        <translation>der Bind-Parameter &apos;:%1&apos; hat keinen Wert (der Offline-Modus gibt einen Platzhalter aus)</translation>
    </message>
    <message>
        <source>sa.text() takes a string</source>
        <translation>sa.text() erwartet einen String</translation>
    </message>
    <message>
        <source>%1 in %2 is not supported</source>
        <translation>%1 in %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>server_default must be a string or an SQL expression, not %1</source>
        <translation>server_default muss ein String oder ein SQL-Ausdruck sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 as server_default is not supported</source>
        <translation>%1 als server_default wird nicht unterstützt</translation>
    </message>
    <message>
        <source>no literal renderer for %1 in a column without a type</source>
        <translation>keine Literal-Umsetzung für %1 in einer Spalte ohne Typ</translation>
    </message>
    <message>
        <source>no literal renderer for %1 in a %2 column</source>
        <translation>keine Literal-Umsetzung für %1 in einer Spalte vom Typ %2</translation>
    </message>
    <message>
        <source>sa.table(): expected sa.column(...), not %1</source>
        <translation>sa.table(): sa.column(...) erwartet, nicht %1</translation>
    </message>
    <message>
        <source>expected sa.table(...) or the result of op.create_table(), not %1</source>
        <translation>sa.table(...) oder das Ergebnis von op.create_table() erwartet, nicht %1</translation>
    </message>
    <message>
        <source>op.bulk_insert(): rows must be a list</source>
        <translation>op.bulk_insert(): rows muss eine Liste sein</translation>
    </message>
    <message>
        <source>op.bulk_insert(): rows must be dictionaries</source>
        <translation>op.bulk_insert(): Die Zeilen in rows müssen Dicts sein</translation>
    </message>
    <message>
        <source>op.bulk_insert(): the table has no column %1</source>
        <translation>op.bulk_insert(): Die Tabelle hat keine Spalte %1</translation>
    </message>
    <message>
        <source>sa.table().%1() is not supported</source>
        <translation>sa.table().%1() wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.table().%1(): arguments are not supported</source>
        <translation>sa.table().%1(): Argumente werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the table has no column &apos;%1&apos;</source>
        <translation>die Tabelle hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>.values(): only keywords or one dict are supported</source>
        <translation>.values(): Nur Schlüsselwortargumente oder ein einzelnes Dict werden unterstützt</translation>
    </message>
    <message>
        <source>sa.table().%1().%2() is not supported</source>
        <translation>sa.table().%1().%2() wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.table().insert() without values is not supported</source>
        <translation>sa.table().insert() ohne Werte wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.table().update() without values is not supported</source>
        <translation>sa.table().update() ohne Werte wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>f-string: single &apos;}&apos; is not allowed</source>
        <translation>f-String: ein einzelnes &apos;}&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>f-string: expecting &apos;}&apos;</source>
        <translation>f-String: &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>f-string: empty expression not allowed</source>
        <translation>f-String: leerer Ausdruck nicht erlaubt</translation>
    </message>
    <message>
        <source>f-string: invalid conversion character: expected &apos;s&apos;, &apos;r&apos;, or &apos;a&apos;</source>
        <translation>f-String: ungültiges Umwandlungszeichen: &apos;s&apos;, &apos;r&apos; oder &apos;a&apos; erwartet</translation>
    </message>
    <message>
        <source>f-string: expressions nested too deeply</source>
        <translation>f-String: Ausdrücke zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the evaluation takes more than %1 steps (an endless loop?)</source>
        <translation>die Auswertung braucht mehr als %1 Schritte (eine Endlosschleife?)</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <source>%1 depends on a value that Retort cannot know: %2</source>
        <translation>%1 hängt von einem Wert ab, den Retort nicht kennen kann: %2</translation>
    </message>
    <message>
        <source>%1 is nested too deeply</source>
        <translation>%1 ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>%1 gets a Python function, module or object that Retort cannot render</source>
        <translation>%1 erhält eine Python-Funktion, ein Modul oder ein Objekt, das Retort nicht umsetzen kann</translation>
    </message>
    <message>
        <source>a value at line %1 is larger than Retort&apos;s limit of %2 items or characters</source>
        <translation>ein Wert in Zeile %1 ist größer als Retorts Grenze von %2 Elementen oder Zeichen</translation>
    </message>
    <message>
        <source>`%1` at line %2 is used before it is assigned</source>
        <translation>`%1` wird in Zeile %2 verwendet, bevor es zugewiesen wird</translation>
    </message>
    <message>
        <source>`%1` may come from `from %2 import *`, which Retort does not run</source>
        <translation>`%1` kann aus `from %2 import *` stammen, das Retort nicht ausführt</translation>
    </message>
    <message>
        <source>`%1` is not defined, unless %2 at line %3 defines it, which Retort does not interpret</source>
        <translation>`%1` ist nicht definiert, es sei denn, %2 in Zeile %3 definiert es, was Retort nicht interpretiert</translation>
    </message>
    <message>
        <source>name `%1` at line %2 is not defined</source>
        <translation>der Name `%1` in Zeile %2 ist nicht definiert</translation>
    </message>
    <message>
        <source>a value at line %1 nests more than %2 levels deep</source>
        <translation>ein Wert in Zeile %1 ist mehr als %2 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the unpacking</source>
        <translation>das Entpacken</translation>
    </message>
    <message>
        <source>the unpacking at line %1 expects %2 values, not %3</source>
        <translation>das Entpacken in Zeile %1 erwartet %2 Werte, nicht %3</translation>
    </message>
    <message>
        <source>the assignment to a nested item at line %1 is not supported</source>
        <translation>die Zuweisung an ein verschachteltes Element in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the slice assignment at line %1 is not supported</source>
        <translation>die Slice-Zuweisung in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the assignment</source>
        <translation>die Zuweisung</translation>
    </message>
    <message>
        <source>IndexError: list assignment index out of range (line %1)</source>
        <translation>IndexError: Listenindex der Zuweisung außerhalb des gültigen Bereichs (Zeile %1)</translation>
    </message>
    <message>
        <source>the item assignment at line %1 is not supported</source>
        <translation>die Elementzuweisung in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a starred assignment target must be in a list or tuple</source>
        <translation>ein Zuweisungsziel mit Stern muss in einer Liste oder einem Tupel stehen</translation>
    </message>
    <message>
        <source>the assignment to %1 at line %2 is not supported</source>
        <translation>die Zuweisung an %1 in Zeile %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>`%1` is changed in place at line %2 while another name or value refers to the same object, which Retort does not track</source>
        <translation>`%1` wird in Zeile %2 direkt verändert, während ein anderer Name oder Wert auf dasselbe Objekt verweist; das verfolgt Retort nicht</translation>
    </message>
    <message>
        <source>`%1` is imported from %2, which Retort does not run</source>
        <translation>`%1` wird aus %2 importiert, das Retort nicht ausführt</translation>
    </message>
    <message>
        <source>alembic.%1 is not interpreted by Retort</source>
        <translation>alembic.%1 wird von Retort nicht interpretiert</translation>
    </message>
    <message>
        <source>%1.%2 is only for type annotations</source>
        <translation>%1.%2 ist nur für Typannotationen gedacht</translation>
    </message>
    <message>
        <source>textwrap.%1 is not interpreted by Retort</source>
        <translation>textwrap.%1 wird von Retort nicht interpretiert</translation>
    </message>
    <message>
        <source>recursion deeper than %1 calls</source>
        <translation>Rekursion tiefer als %1 Aufrufe</translation>
    </message>
    <message>
        <source>%1() at line %2 gets too many positional arguments</source>
        <translation>%1() in Zeile %2 erhält zu viele Positionsargumente</translation>
    </message>
    <message>
        <source>%1() at line %2 gets multiple values for argument &apos;%3&apos;</source>
        <translation>%1() in Zeile %2 erhält mehrere Werte für das Argument &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1() at line %2 gets an unexpected keyword argument &apos;%3&apos;</source>
        <translation>%1() in Zeile %2 erhält ein unerwartetes Schlüsselwortargument &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1() at line %2 is missing the argument &apos;%3&apos;</source>
        <translation>bei %1() in Zeile %2 fehlt das Argument &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the `+=`</source>
        <translation>das `+=`</translation>
    </message>
    <message>
        <source>the `+=` at line %1 is not supported on this target</source>
        <translation>das `+=` in Zeile %1 wird für dieses Ziel nicht unterstützt</translation>
    </message>
    <message>
        <source>the `if`</source>
        <translation>die `if`-Anweisung</translation>
    </message>
    <message>
        <source>the `while`</source>
        <translation>die `while`-Schleife</translation>
    </message>
    <message>
        <source>the `for` loop</source>
        <translation>die `for`-Schleife</translation>
    </message>
    <message>
        <source>`%1` is defined by %2, which Retort does not run</source>
        <translation>`%1` wird durch %2 definiert, was Retort nicht ausführt</translation>
    </message>
    <message>
        <source>%1 at line %2 fails the migration in Python</source>
        <translation>%1 in Zeile %2 lässt die Migration in Python fehlschlagen</translation>
    </message>
    <message>
        <source>%1 at line %2 is not supported by Retort&apos;s interpreter</source>
        <translation>%1 in Zeile %2 wird von Retorts Interpreter nicht unterstützt</translation>
    </message>
    <message>
        <source>a `with` statement with several items at line %1 is not supported</source>
        <translation>eine `with`-Anweisung mit mehreren Elementen in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the `with` statement</source>
        <translation>die `with`-Anweisung</translation>
    </message>
    <message>
        <source>a `with` statement over %1 at line %2 is not supported</source>
        <translation>eine `with`-Anweisung über %1 in Zeile %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the call op.%1()</source>
        <translation>der Aufruf op.%1()</translation>
    </message>
    <message>
        <source>batch_op.%1() at line %2 is called after its `with` block ended</source>
        <translation>batch_op.%1() in Zeile %2 wird nach dem Ende seines `with`-Blocks aufgerufen</translation>
    </message>
    <message>
        <source>the module defines no %1() function, unless %2 at line %3 defines it, which Retort does not interpret</source>
        <translation>das Modul definiert keine Funktion %1(), es sei denn, %2 in Zeile %3 definiert sie, was Retort nicht interpretiert</translation>
    </message>
    <message>
        <source>the module defines no %1() function</source>
        <translation>das Modul definiert keine Funktion %1()</translation>
    </message>
    <message>
        <source>`%1` is not a function</source>
        <translation>`%1` ist keine Funktion</translation>
    </message>
    <message>
        <source>TypeError: %1() at line %2 gets %3 arguments</source>
        <translation>TypeError: %1() in Zeile %2 erhält %3 Argumente</translation>
    </message>
    <message>
        <source>%1() at line %2</source>
        <translation>%1() in Zeile %2</translation>
    </message>
    <message>
        <source>TypeError: textwrap.dedent() at line %1 needs a str</source>
        <translation>TypeError: textwrap.dedent() in Zeile %1 braucht einen str</translation>
    </message>
    <message>
        <source>print() at line %1 writes to Alembic&apos;s output, which Retort does not render</source>
        <translation>print() in Zeile %1 schreibt in Alembics Ausgabe, die Retort nicht wiedergibt</translation>
    </message>
    <message>
        <source>len() at line %1 of %2 is not supported</source>
        <translation>len() von %2 in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1() of %2 at line %3 is not computed by Retort</source>
        <translation>%1() von %2 in Zeile %3 wird von Retort nicht berechnet</translation>
    </message>
    <message>
        <source>int() at line %1 exceeds 64 bits</source>
        <translation>int() in Zeile %1 überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>ValueError: invalid literal for int() at line %1</source>
        <translation>ValueError: ungültiges Literal für int() in Zeile %1</translation>
    </message>
    <message>
        <source>int() at line %1 of %2 is not supported</source>
        <translation>int() von %2 in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>ValueError: could not convert string to float at line %1</source>
        <translation>ValueError: String konnte in Zeile %1 nicht in float umgewandelt werden</translation>
    </message>
    <message>
        <source>float() at line %1 of %2 is not supported</source>
        <translation>float() von %2 in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sorted() at line %1 with %2= is not supported</source>
        <translation>sorted() mit %2= in Zeile %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>TypeError: sorted() at line %1 compares values of different types</source>
        <translation>TypeError: sorted() in Zeile %1 vergleicht Werte unterschiedlicher Typen</translation>
    </message>
    <message>
        <source>dict() at line %1 needs pairs</source>
        <translation>dict() in Zeile %1 braucht Paare</translation>
    </message>
    <message>
        <source>TypeError: range() at line %1 needs integers</source>
        <translation>TypeError: range() in Zeile %1 braucht ganze Zahlen</translation>
    </message>
    <message>
        <source>ValueError: range() arg 3 must not be zero (line %1)</source>
        <translation>ValueError: Argument 3 von range() darf nicht null sein (Zeile %1)</translation>
    </message>
    <message>
        <source>%1() at line %2 is not supported with these arguments</source>
        <translation>%1() in Zeile %2 wird mit diesen Argumenten nicht unterstützt</translation>
    </message>
    <message>
        <source>TypeError: %1() at line %2 compares values of different types</source>
        <translation>TypeError: %1() in Zeile %2 vergleicht Werte unterschiedlicher Typen</translation>
    </message>
    <message>
        <source>isinstance() at line %1 is only computed for Python&apos;s own types</source>
        <translation>isinstance() in Zeile %1 wird nur für Pythons eigene Typen berechnet</translation>
    </message>
    <message>
        <source>abs() at line %1 is not supported for %2</source>
        <translation>abs() in Zeile %1 wird für %2 nicht unterstützt</translation>
    </message>
    <message>
        <source>round() at line %1 is not supported for %2</source>
        <translation>round() in Zeile %1 wird für %2 nicht unterstützt</translation>
    </message>
    <message>
        <source>a set at line %1 is not interpreted by Retort</source>
        <translation>ein Set in Zeile %1 wird von Retort nicht interpretiert</translation>
    </message>
    <message>
        <source>%1() at line %2 is not supported by Retort&apos;s interpreter</source>
        <translation>%1() in Zeile %2 wird von Retorts Interpreter nicht unterstützt</translation>
    </message>
    <message>
        <source>%1() at line %2 changes a value that is not a plain variable, which Retort does not track</source>
        <translation>%1() in Zeile %2 verändert einen Wert, der keine einfache Variable ist; das verfolgt Retort nicht</translation>
    </message>
    <message>
        <source>str.format() at line %1: %2</source>
        <translation>str.format() in Zeile %1: %2</translation>
    </message>
    <message>
        <source>TypeError: str.join() at line %1 expects str items, not %2</source>
        <translation>TypeError: str.join() in Zeile %1 erwartet str-Elemente, nicht %2</translation>
    </message>
    <message>
        <source>ValueError: empty separator (line %1)</source>
        <translation>ValueError: leeres Trennzeichen (Zeile %1)</translation>
    </message>
    <message>
        <source>TypeError: %1() at line %2 needs str</source>
        <translation>TypeError: %1() in Zeile %2 braucht str</translation>
    </message>
    <message>
        <source>IndexError: pop from empty list or index out of range (line %1)</source>
        <translation>IndexError: pop aus leerer Liste oder Index außerhalb des gültigen Bereichs (Zeile %1)</translation>
    </message>
    <message>
        <source>ValueError: the item is not in the list (line %1)</source>
        <translation>ValueError: Das Element ist nicht in der Liste (Zeile %1)</translation>
    </message>
    <message>
        <source>KeyError at line %1</source>
        <translation>KeyError in Zeile %1</translation>
    </message>
    <message>
        <source>AttributeError: &apos;%1&apos; object has no attribute &apos;%2&apos; (line %3)</source>
        <translation>AttributeError: &apos;%1&apos;-Objekt hat kein Attribut &apos;%2&apos; (Zeile %3)</translation>
    </message>
    <message>
        <source>the expression at line %1 nests too deeply</source>
        <translation>der Ausdruck in Zeile %1 ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the `not`</source>
        <translation>das `not`</translation>
    </message>
    <message>
        <source>an integer at line %1 exceeds 64 bits</source>
        <translation>eine ganze Zahl in Zeile %1 überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>TypeError: bad operand type for unary %1: &apos;%2&apos; (line %3)</source>
        <translation>TypeError: ungültiger Operandentyp für unäres %1: &apos;%2&apos; (Zeile %3)</translation>
    </message>
    <message>
        <source>the `and`</source>
        <translation>das `and`</translation>
    </message>
    <message>
        <source>the `or`</source>
        <translation>das `or`</translation>
    </message>
    <message>
        <source>the conditional expression</source>
        <translation>der bedingte Ausdruck</translation>
    </message>
    <message>
        <source>the `*` unpacking</source>
        <translation>das Entpacken mit `*`</translation>
    </message>
    <message>
        <source>TypeError: unhashable type: &apos;%1&apos; (line %2)</source>
        <translation>TypeError: nicht hashbarer Typ: &apos;%1&apos; (Zeile %2)</translation>
    </message>
    <message>
        <source>the `**` at line %1 unpacks something that is not a dict</source>
        <translation>das `**` in Zeile %1 entpackt etwas, das kein Dict ist</translation>
    </message>
    <message>
        <source>the expression at line %1 is not valid here</source>
        <translation>der Ausdruck in Zeile %1 ist hier nicht gültig</translation>
    </message>
    <message>
        <source>%1 at line %2 is not interpreted by Retort</source>
        <translation>%1 in Zeile %2 wird von Retort nicht interpretiert</translation>
    </message>
    <message>
        <source>the f-string at line %1 formats %2, which Retort does not compute</source>
        <translation>der f-String in Zeile %1 formatiert %2, was Retort nicht berechnet</translation>
    </message>
    <message>
        <source>the f-string at line %1 cannot be formatted</source>
        <translation>der f-String in Zeile %1 lässt sich nicht formatieren</translation>
    </message>
    <message>
        <source>the f-string at line %1: %2</source>
        <translation>der f-String in Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 depends on the truth value of an SQLAlchemy construct, which Retort does not compute</source>
        <translation>%1 hängt vom Wahrheitswert eines SQLAlchemy-Konstrukts ab, den Retort nicht berechnet</translation>
    </message>
    <message>
        <source>%1 iterates over an SQLAlchemy construct, which Retort does not compute</source>
        <translation>%1 iteriert über ein SQLAlchemy-Konstrukt, was Retort nicht berechnet</translation>
    </message>
    <message>
        <source>TypeError: &apos;%1&apos; object is not iterable (%2)</source>
        <translation>TypeError: &apos;%1&apos;-Objekt ist nicht iterierbar (%2)</translation>
    </message>
    <message>
        <source>%1 reads the database connection, which Retort cannot know offline</source>
        <translation>%1 liest die Datenbankverbindung, die Retort offline nicht kennen kann</translation>
    </message>
    <message>
        <source>%1 at line %2 is a method that is not called</source>
        <translation>%1 in Zeile %2 ist eine Methode, die nicht aufgerufen wird</translation>
    </message>
    <message>
        <source>the `*` argument</source>
        <translation>das `*`-Argument</translation>
    </message>
    <message>
        <source>the `**` argument</source>
        <translation>das `**`-Argument</translation>
    </message>
    <message>
        <source>the `**` argument at line %1 is not a dict</source>
        <translation>das `**`-Argument in Zeile %1 ist kein Dict</translation>
    </message>
    <message>
        <source>TypeError: keywords must be strings (line %1)</source>
        <translation>TypeError: Schlüsselwörter müssen Strings sein (Zeile %1)</translation>
    </message>
    <message>
        <source>the call %1%2()</source>
        <translation>der Aufruf %1%2()</translation>
    </message>
    <message>
        <source>the call %1 at line %2 depends on a value that Retort cannot know: %3</source>
        <translation>der Aufruf %1 in Zeile %2 hängt von einem Wert ab, den Retort nicht kennen kann: %3</translation>
    </message>
    <message>
        <source>TypeError: %1 at line %2 is not callable</source>
        <translation>TypeError: %1 in Zeile %2 ist nicht aufrufbar</translation>
    </message>
    <message>
        <source>calling the result of %1 at line %2 is not interpreted by Retort</source>
        <translation>der Aufruf des Ergebnisses von %1 in Zeile %2 wird von Retort nicht interpretiert</translation>
    </message>
    <message>
        <source>context.%1() at line %2 is not supported by Retort&apos;s interpreter</source>
        <translation>context.%1() in Zeile %2 wird von Retorts Interpreter nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 at line %2 reads the database, which Retort cannot know offline</source>
        <translation>%1 in Zeile %2 liest aus der Datenbank, deren Inhalt Retort offline nicht kennen kann</translation>
    </message>
    <message>
        <source>TypeError: &apos;%1&apos; object at line %2 is not callable</source>
        <translation>TypeError: &apos;%1&apos;-Objekt in Zeile %2 ist nicht aufrufbar</translation>
    </message>
    <message>
        <source>the call %1</source>
        <translation>der Aufruf %1</translation>
    </message>
    <message>
        <source>the result of %1 at line %2 is read from the database, which Retort cannot know offline</source>
        <translation>das Ergebnis von %1 in Zeile %2 wird aus der Datenbank gelesen, deren Inhalt Retort offline nicht kennen kann</translation>
    </message>
    <message>
        <source>%1 at line %2 acts on the database connection, which Retort cannot render</source>
        <translation>%1 in Zeile %2 wirkt auf die Datenbankverbindung, was Retort nicht umsetzen kann</translation>
    </message>
    <message>
        <source>TypeError: unsupported operand type(s) for %1: &apos;%2&apos; and &apos;%3&apos; (line %4)</source>
        <translation>TypeError: nicht unterstützte Operandentypen für %1: &apos;%2&apos; und &apos;%3&apos; (Zeile %4)</translation>
    </message>
    <message>
        <source>ZeroDivisionError at line %1</source>
        <translation>ZeroDivisionError in Zeile %1</translation>
    </message>
    <message>
        <source>the `%` formatting at line %1: %2</source>
        <translation>die `%`-Formatierung in Zeile %1: %2</translation>
    </message>
    <message>
        <source>the `is` at line %1 compares values by identity, which Retort does not track</source>
        <translation>das `is` in Zeile %1 vergleicht Werte nach ihrer Identität, die Retort nicht verfolgt</translation>
    </message>
    <message>
        <source>the chained comparison at line %1 compares SQLAlchemy constructs</source>
        <translation>der verkettete Vergleich in Zeile %1 vergleicht SQLAlchemy-Konstrukte</translation>
    </message>
    <message>
        <source>TypeError: &apos;in &lt;string&gt;&apos; requires string as left operand (line %1)</source>
        <translation>TypeError: &apos;in &lt;string&gt;&apos; verlangt einen String als linken Operanden (Zeile %1)</translation>
    </message>
    <message>
        <source>TypeError: argument of type &apos;%1&apos; is not iterable (line %2)</source>
        <translation>TypeError: Argument vom Typ &apos;%1&apos; ist nicht iterierbar (Zeile %2)</translation>
    </message>
    <message>
        <source>TypeError: &apos;%1&apos; not supported between instances of &apos;%2&apos; and &apos;%3&apos; (line %4)</source>
        <translation>TypeError: &apos;%1&apos; wird zwischen Instanzen von &apos;%2&apos; und &apos;%3&apos; nicht unterstützt (Zeile %4)</translation>
    </message>
    <message>
        <source>TypeError: slice indices must be integers (line %1)</source>
        <translation>TypeError: Slice-Indizes müssen ganze Zahlen sein (Zeile %1)</translation>
    </message>
    <message>
        <source>the slice at line %1 is not supported on this value</source>
        <translation>das Slicing in Zeile %1 wird für diesen Wert nicht unterstützt</translation>
    </message>
    <message>
        <source>ValueError: slice step cannot be zero (line %1)</source>
        <translation>ValueError: Die Schrittweite des Slice darf nicht null sein (Zeile %1)</translation>
    </message>
    <message>
        <source>KeyError: %1 (line %2)</source>
        <translation>KeyError: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>IndexError: index out of range (line %1)</source>
        <translation>IndexError: Index außerhalb des gültigen Bereichs (Zeile %1)</translation>
    </message>
    <message>
        <source>TypeError: &apos;%1&apos; object is not subscriptable with &apos;%2&apos; (line %3)</source>
        <translation>TypeError: &apos;%1&apos;-Objekt unterstützt keinen Indexzugriff mit &apos;%2&apos; (Zeile %3)</translation>
    </message>
    <message>
        <source>the comprehension</source>
        <translation>die Comprehension</translation>
    </message>
    <message>
        <source>the comprehension&apos;s `if`</source>
        <translation>das `if` der Comprehension</translation>
    </message>
    <message>
        <source>an assignment expression (:=)</source>
        <translation>ein Zuweisungsausdruck (:=)</translation>
    </message>
    <message>
        <source>expected &apos;else&apos; after &apos;if&apos; expression</source>
        <translation>&apos;else&apos; nach &apos;if&apos;-Ausdruck erwartet</translation>
    </message>
    <message>
        <source>a lambda</source>
        <translation>ein Lambda-Ausdruck</translation>
    </message>
    <message>
        <source>a `yield` expression</source>
        <translation>ein `yield`-Ausdruck</translation>
    </message>
    <message>
        <source>an `await` expression</source>
        <translation>ein `await`-Ausdruck</translation>
    </message>
    <message>
        <source>cannot use starred expression here</source>
        <translation>ein Ausdruck mit Stern ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>a dict comprehension</source>
        <translation>eine Dict-Comprehension</translation>
    </message>
    <message>
        <source>a set comprehension</source>
        <translation>eine Set-Comprehension</translation>
    </message>
    <message>
        <source>a complex number</source>
        <translation>eine komplexe Zahl</translation>
    </message>
    <message>
        <source>an integer larger than 64 bits</source>
        <translation>eine ganze Zahl mit mehr als 64 Bit</translation>
    </message>
    <message>
        <source>the format spec &apos;%1&apos; is not supported</source>
        <translation>die Formatangabe &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Unknown format code &apos;%1&apos; for object of type &apos;str&apos;</source>
        <translation>Unbekannter Formatcode &apos;%1&apos; für Objekt vom Typ &apos;str&apos;</translation>
    </message>
    <message>
        <source>Unknown format code &apos;%1&apos; for object of type &apos;int&apos;</source>
        <translation>Unbekannter Formatcode &apos;%1&apos; für Objekt vom Typ &apos;int&apos;</translation>
    </message>
    <message>
        <source>format() of this value is not supported</source>
        <translation>format() wird für diesen Wert nicht unterstützt</translation>
    </message>
    <message>
        <source>KeyError: %1</source>
        <translation>KeyError: %1</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>nicht genügend Argumente für den Formatstring</translation>
    </message>
    <message>
        <source>%-formatting of this value is not supported</source>
        <translation>%-Formatierung wird für diesen Wert nicht unterstützt</translation>
    </message>
    <message>
        <source>%%%1 format: a real number is required, not %2</source>
        <translation>Format %%%1: eine reelle Zahl ist nötig, nicht %2</translation>
    </message>
    <message>
        <source>must be real number, not %1</source>
        <translation>muss eine reelle Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>the conversion %%%1 is not supported</source>
        <translation>die Umwandlung %%%1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the string is longer than 4 MB</source>
        <translation>der String ist länger als 4 MB</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>nicht alle Argumente wurden bei der String-Formatierung umgewandelt</translation>
    </message>
    <message>
        <source>Single &apos;}&apos; encountered in format string</source>
        <translation>Einzelnes &apos;}&apos; im Formatstring gefunden</translation>
    </message>
    <message>
        <source>Single &apos;{&apos; encountered in format string</source>
        <translation>Einzelnes &apos;{&apos; im Formatstring gefunden</translation>
    </message>
    <message>
        <source>nested replacement fields are not supported</source>
        <translation>verschachtelte Ersetzungsfelder werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Replacement index %1 out of range for positional args tuple</source>
        <translation>Ersetzungsindex %1 außerhalb des Bereichs des Tupels der Positionsargumente</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not supported</source>
        <translation>das Feld &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>formatting of this value is not supported</source>
        <translation>die Formatierung dieses Werts wird nicht unterstützt</translation>
    </message>
    <message>
        <source>too many nested parentheses or statements</source>
        <translation>zu viele verschachtelte Klammern oder Anweisungen</translation>
    </message>
    <message>
        <source>expected an indented block</source>
        <translation>eingerückter Block erwartet</translation>
    </message>
    <message>
        <source>a `try` statement</source>
        <translation>eine `try`-Anweisung</translation>
    </message>
    <message>
        <source>an `else` clause</source>
        <translation>ein `else`-Zweig</translation>
    </message>
    <message>
        <source>an `async` statement</source>
        <translation>eine `async`-Anweisung</translation>
    </message>
    <message>
        <source>a `match` statement</source>
        <translation>eine `match`-Anweisung</translation>
    </message>
    <message>
        <source>a decorated definition</source>
        <translation>eine dekorierte Definition</translation>
    </message>
    <message>
        <source>a `raise` statement</source>
        <translation>eine `raise`-Anweisung</translation>
    </message>
    <message>
        <source>an `assert` statement</source>
        <translation>eine `assert`-Anweisung</translation>
    </message>
    <message>
        <source>a `del` statement</source>
        <translation>eine `del`-Anweisung</translation>
    </message>
    <message>
        <source>a `nonlocal` statement</source>
        <translation>eine `nonlocal`-Anweisung</translation>
    </message>
    <message>
        <source>illegal expression for augmented assignment</source>
        <translation>unzulässiger Ausdruck für eine erweiterte Zuweisung</translation>
    </message>
    <message>
        <source>cannot assign to expression</source>
        <translation>an einen Ausdruck kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be rendered for SQLite: Alembic&apos;s SQLite support has no ALTER for it (use batch_alter_table, which needs the table&apos;s definition)</source>
        <translation>%1 lässt sich für SQLite nicht umsetzen: Alembics SQLite-Unterstützung hat dafür kein ALTER (verwenden Sie batch_alter_table, das die Definition der Tabelle braucht)</translation>
    </message>
    <message>
        <source>the call .%1() on %2 is not supported</source>
        <translation>der Aufruf .%1() auf %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>autocommit_block() takes no arguments</source>
        <translation>autocommit_block() nimmt keine Argumente</translation>
    </message>
    <message>
        <source>%1: type_ must be &apos;foreignkey&apos;, &apos;primary&apos;, &apos;unique&apos; or &apos;check&apos;</source>
        <translation>%1: type_ muss &apos;foreignkey&apos;, &apos;primary&apos;, &apos;unique&apos; oder &apos;check&apos; sein</translation>
    </message>
    <message>
        <source>%1: execution_options is not supported</source>
        <translation>%1: execution_options wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 cannot be rendered for SQLite, which has no comments</source>
        <translation>%1 lässt sich für SQLite nicht umsetzen, da SQLite keine Kommentare kennt</translation>
    </message>
    <message>
        <source>%1 is not supported</source>
        <translation>%1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: insert_before/insert_after need the table&apos;s current definition (batch mode recreate), which offline rendering cannot read</source>
        <translation>%1: insert_before/insert_after brauchen die aktuelle Definition der Tabelle (Batch-Modus recreate), die die Offline-Umsetzung nicht lesen kann</translation>
    </message>
    <message>
        <source>%1 needs the table&apos;s current definition (batch mode recreate), which offline rendering cannot read</source>
        <translation>%1 braucht die aktuelle Definition der Tabelle (Batch-Modus recreate), die die Offline-Umsetzung nicht lesen kann</translation>
    </message>
    <message>
        <source>%1: the column&apos;s constraints cannot be added on SQLite (no ALTER of constraints)</source>
        <translation>%1: Die Constraints der Spalte können unter SQLite nicht hinzugefügt werden (kein ALTER für Constraints)</translation>
    </message>
    <message>
        <source>%1: postgresql_using must be used with the type_ parameter</source>
        <translation>%1: postgresql_using muss zusammen mit dem Parameter type_ verwendet werden</translation>
    </message>
    <message>
        <source>op.create_table(): keyword &apos;sqlite_autoincrement&apos; is not supported</source>
        <translation>op.create_table(): Das Schlüsselwort &apos;sqlite_autoincrement&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: keyword &apos;quote&apos; is not supported</source>
        <translation>%1: Das Schlüsselwort &apos;quote&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: columns must be a list</source>
        <translation>%1: columns muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: postgresql_using &apos;%2&apos; is not an index method</source>
        <translation>%1: postgresql_using &apos;%2&apos; ist keine Indexmethode</translation>
    </message>
    <message>
        <source>%1: postgresql_include must be a list</source>
        <translation>%1: postgresql_include muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: %2 must be a list</source>
        <translation>%1: %2 muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1() takes an sa.Sequence()</source>
        <translation>%1() erwartet eine sa.Sequence()</translation>
    </message>
    <message>
        <source>SQLite has no sequences</source>
        <translation>SQLite kennt keine Sequenzen</translation>
    </message>
    <message>
        <source>sa.Sequence(): %1 must be an integer</source>
        <translation>sa.Sequence(): %1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 in op.execute() is not supported</source>
        <translation>%1 in op.execute() wird nicht unterstützt</translation>
    </message>
    <message>
        <source>op.execute() takes a string or sa.text(), not %1</source>
        <translation>op.execute() erwartet einen String oder sa.text(), nicht %1</translation>
    </message>
    <message>
        <source>the Enum&apos;s .%1() must be given op.get_bind()</source>
        <translation>dem .%1() des Enum muss op.get_bind() übergeben werden</translation>
    </message>
    <message>
        <source>op.batch_alter_table(): recreate must be &apos;auto&apos;, &apos;always&apos; or &apos;never&apos;</source>
        <translation>op.batch_alter_table(): recreate muss &apos;auto&apos;, &apos;always&apos; oder &apos;never&apos; sein</translation>
    </message>
    <message>
        <source>op.batch_alter_table(): keyword &apos;%1&apos; is not supported</source>
        <translation>op.batch_alter_table(): Das Schlüsselwort &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>op.batch_alter_table() needs the table&apos;s current definition (batch mode recreate), which offline rendering cannot read</source>
        <translation>op.batch_alter_table() braucht die aktuelle Definition der Tabelle (Batch-Modus recreate), die die Offline-Umsetzung nicht lesen kann</translation>
    </message>
    <message>
        <source>%1: too many positional arguments</source>
        <translation>%1: zu viele Positionsargumente</translation>
    </message>
    <message>
        <source>%1: argument &apos;%2&apos; given twice</source>
        <translation>%1: Argument &apos;%2&apos; doppelt angegeben</translation>
    </message>
    <message>
        <source>%1: keyword &apos;%2&apos; is not supported</source>
        <translation>%1: Das Schlüsselwort &apos;%2&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: missing argument &apos;%2&apos;</source>
        <translation>%1: Argument &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a string</source>
        <translation>%1: &apos;%2&apos; muss ein String sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be True or False</source>
        <translation>%1: &apos;%2&apos; muss True oder False sein</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation>%1 muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>sa.ForeignKey(): &apos;%1&apos; is not &quot;table.column&quot;</source>
        <translation>sa.ForeignKey(): &apos;%1&apos; hat nicht die Form &quot;table.column&quot;</translation>
    </message>
    <message>
        <source>deferrable must be True or False</source>
        <translation>deferrable muss True oder False sein</translation>
    </message>
    <message>
        <source>expected sa.Column(...), not %1</source>
        <translation>sa.Column(...) erwartet, nicht %1</translation>
    </message>
    <message>
        <source>sa.Column(): unexpected %1 argument</source>
        <translation>sa.Column(): unerwartetes %1-Argument</translation>
    </message>
    <message>
        <source>sa.ForeignKey(): use_alter is not supported</source>
        <translation>sa.ForeignKey(): use_alter wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.Identity() cannot be rendered for SQLite</source>
        <translation>sa.Identity() lässt sich für SQLite nicht umsetzen</translation>
    </message>
    <message>
        <source>sa.Identity(): keyword &apos;on_null&apos; is not supported</source>
        <translation>sa.Identity(): Das Schlüsselwort &apos;on_null&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.Identity(): &apos;%1&apos; must be an integer</source>
        <translation>sa.Identity(): &apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>sa.Computed(): PostgreSQL supports only persisted computed columns</source>
        <translation>sa.Computed(): PostgreSQL unterstützt nur gespeicherte (persisted) berechnete Spalten</translation>
    </message>
    <message>
        <source>sa.Column(): %1 is not supported</source>
        <translation>sa.Column(): %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.Column() needs a name</source>
        <translation>sa.Column() braucht einen Namen</translation>
    </message>
    <message>
        <source>sa.Column(&apos;%1&apos;) has no type</source>
        <translation>sa.Column(&apos;%1&apos;) hat keinen Typ</translation>
    </message>
    <message>
        <source>sa.Column(&apos;%1&apos;): a type taken from the foreign key&apos;s column is not supported</source>
        <translation>sa.Column(&apos;%1&apos;): Ein von der Spalte des Fremdschlüssels übernommener Typ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.Column(): autoincrement must be True, False, &quot;auto&quot; or &quot;ignore_fk&quot;</source>
        <translation>sa.Column(): autoincrement muss True, False, &quot;auto&quot; oder &quot;ignore_fk&quot; sein</translation>
    </message>
    <message>
        <source>sa.Column(): keyword &apos;%1&apos; is not supported</source>
        <translation>sa.Column(): Das Schlüsselwort &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>op.create_table(): unexpected %1 argument</source>
        <translation>op.create_table(): unerwartetes %1-Argument</translation>
    </message>
    <message>
        <source>%1: use_alter is not supported</source>
        <translation>%1: use_alter wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: the column lists differ in length</source>
        <translation>%1: Die Spaltenlisten sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>%1: the referenced columns are in different tables</source>
        <translation>%1: Die referenzierten Spalten liegen in verschiedenen Tabellen</translation>
    </message>
    <message>
        <source>op.create_table(): %1 is not supported</source>
        <translation>op.create_table(): %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>sa.Column(&apos;%1&apos;): autoincrement=True needs an integer type</source>
        <translation>sa.Column(&apos;%1&apos;): autoincrement=True braucht einen Ganzzahltyp</translation>
    </message>
    <message>
        <source>only one column may be marked autoincrement=True</source>
        <translation>nur eine Spalte darf mit autoincrement=True markiert sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an integer</source>
        <translation>%1: &apos;%2&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: the values must be strings</source>
        <translation>%1: Die Werte müssen Strings sein</translation>
    </message>
    <message>
        <source>%1: length is shorter than the longest value</source>
        <translation>%1: length ist kürzer als der längste Wert</translation>
    </message>
    <message>
        <source>%1: a PostgreSQL ENUM type requires a name</source>
        <translation>%1: Ein PostgreSQL-ENUM-Typ braucht einen Namen</translation>
    </message>
    <message>
        <source>a %1 is not a column type</source>
        <translation>ein Wert vom Typ %1 ist kein Spaltentyp</translation>
    </message>
    <message>
        <source>postgresql.CITEXT is not known to SQLAlchemy 1.4</source>
        <translation>postgresql.CITEXT ist SQLAlchemy 1.4 nicht bekannt</translation>
    </message>
    <message>
        <source>%1 cannot be rendered for SQLite</source>
        <translation>%1 lässt sich für SQLite nicht umsetzen</translation>
    </message>
    <message>
        <source>sa.ARRAY cannot be rendered for SQLite</source>
        <translation>sa.ARRAY lässt sich für SQLite nicht umsetzen</translation>
    </message>
    <message>
        <source>%1: native=False is not supported</source>
        <translation>%1: native=False wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: an ARRAY of Enum is not supported</source>
        <translation>%1: Ein ARRAY von Enum wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Running %1 with Alembic through the Python bridge (%2)</source>
        <translation>Führe %1 mit Alembic über die Python-Brücke aus (%2)</translation>
    </message>
    <message>
        <source>A dry run cannot include steps that only the Python bridge can run (it commits them); nothing was run.
</source>
        <translation>Ein Probelauf kann keine Schritte enthalten, die nur die Python-Brücke ausführen kann (sie schreibt sie fest); es wurde nichts ausgeführt.
</translation>
    </message>
    <message>
        <source>Nothing was changed: the database is as it was before the run.</source>
        <translation>Es wurde nichts geändert: Die Datenbank ist wie vor dem Lauf.</translation>
    </message>
    <message>
        <source>The database is at the state after %1 (committed before the Python bridge ran).</source>
        <translation>Die Datenbank ist auf dem Stand nach %1 (festgeschrieben, bevor die Python-Brücke lief).</translation>
    </message>
    <message>
        <source>it does not start (%1)</source>
        <translation>es startet nicht (%1)</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>es hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>it cannot import alembic and sqlalchemy (%1)</source>
        <translation>es kann alembic und sqlalchemy nicht importieren (%1)</translation>
    </message>
    <message>
        <source>The Python bridge&apos;s script is missing</source>
        <translation>Das Skript der Python-Brücke fehlt</translation>
    </message>
    <message>
        <source>Can&apos;t start %1 for the Python bridge: %2</source>
        <translation>%1 kann für die Python-Brücke nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cancelled: the Python bridge was stopped; its transaction is rolled back by the server.</source>
        <translation>Abgebrochen: Die Python-Brücke wurde gestoppt; ihre Transaktion wird vom Server zurückgerollt.</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>Alembic (Python bridge) failed: %1</source>
        <translation>Alembic (Python-Brücke) ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The Python given by %1 (%2) cannot run Alembic: %3</source>
        <translation>Das durch %1 angegebene Python (%2) kann Alembic nicht ausführen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) cannot run; nothing was run.
</source>
        <translation>
            <numerusform>%n Schritt kann nicht laufen; es wurde nichts ausgeführt.
</numerusform>
            <numerusform>%n Schritte können nicht laufen; es wurde nichts ausgeführt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected SQL phrase: &apos;%1&apos; (%2)</source>
        <translation>Unerwartete SQL-Phrase: &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>more than 100000 functions are defined while running</source>
        <translation>beim Ausführen werden mehr als 100000 Funktionen definiert</translation>
    </message>
    <message>
        <source>the `elif`</source>
        <translation>die `elif`-Anweisung</translation>
    </message>
    <message>
        <source>the expression is too long</source>
        <translation>der Ausdruck ist zu lang</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) cannot run: Retort cannot render them to SQL, and no Python with Alembic is configured to run them (--python, $RETORT_PYTHON, the ini&apos;s retort_python, a project .venv or python3 on PATH); nothing was run.
</source>
        <translation>
            <numerusform>%n Schritt kann nicht laufen: Retort kann ihn nicht in SQL umsetzen, und es ist kein Python mit Alembic konfiguriert, um ihn auszuführen (--python, $RETORT_PYTHON, retort_python in der ini, eine .venv im Projekt oder python3 im PATH); es wurde nichts ausgeführt.
</numerusform>
            <numerusform>%n Schritte können nicht laufen: Retort kann sie nicht in SQL umsetzen, und es ist kein Python mit Alembic konfiguriert, um sie auszuführen (--python, $RETORT_PYTHON, retort_python in der ini, eine .venv im Projekt oder python3 im PATH); es wurde nichts ausgeführt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not supported as a value in offline mode</source>
        <translation>%1 wird im Offline-Modus als Wert nicht unterstützt</translation>
    </message>
    <message>
        <source>.where(): the left side must be a column of the table</source>
        <translation>.where(): die linke Seite muss eine Spalte der Tabelle sein</translation>
    </message>
    <message>
        <source>.where(): only comparisons of a column with a value, is_(None) and in_() of a list are supported</source>
        <translation>.where(): nur Vergleiche einer Spalte mit einem Wert, is_(None) und in_() einer Liste werden unterstützt</translation>
    </message>
    <message>
        <source>%1: postgresql_ops must be a dict</source>
        <translation>%1: postgresql_ops muss ein dict sein</translation>
    </message>
    <message>
        <source>%1: postgresql_ops names &apos;%2&apos;, which is not a column of the index</source>
        <translation>%1: postgresql_ops nennt &apos;%2&apos;, das keine Spalte des Index ist</translation>
    </message>
    <message>
        <source>sa.text().bindparams(): only keyword values on sa.text() of a string are supported</source>
        <translation>sa.text().bindparams(): nur Schlüsselwortwerte für sa.text() eines Strings werden unterstützt</translation>
    </message>
    <message>
        <source>%1: the CHECK constraint of existing_type (create_constraint=True) has no name, so it cannot be dropped</source>
        <translation>%1: Die CHECK-Einschränkung von existing_type (create_constraint=True) hat keinen Namen und kann daher nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1: no such file or folder, and not a database URL</source>
        <translation>%1: keine solche Datei und kein solcher Ordner, und keine Datenbank-URL</translation>
    </message>
    <message>
        <source>%1: the folder holds no .sql file</source>
        <translation>%1: der Ordner enthält keine .sql-Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot compare a %1 schema with a %2 one</source>
        <translation>ein %1-Schema kann nicht mit einem %2-Schema verglichen werden</translation>
    </message>
    <message>
        <source>reading the schema failed: %1</source>
        <translation>das Schema konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 %2 created</source>
        <translation>%1 %2 erstellt</translation>
    </message>
    <message>
        <source>%1 %2 altered</source>
        <translation>%1 %2 geändert</translation>
    </message>
    <message>
        <source>%1 %2 dropped</source>
        <translation>%1 %2 entfernt</translation>
    </message>
    <message>
        <source>%1 %2 renamed</source>
        <translation>%1 %2 umbenannt</translation>
    </message>
    <message>
        <source>rows inserted into %1</source>
        <translation>Zeilen in %1 eingefügt</translation>
    </message>
    <message>
        <source>SQL executed (%1)</source>
        <translation>SQL ausgeführt (%1)</translation>
    </message>
    <message>
        <source>Could not read the schema %1: %2</source>
        <translation>Das Schema konnte %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>before the first step</source>
        <translation>vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>after step %1</source>
        <translation>nach Schritt %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>(predicted, not run)</source>
        <translation>(vorhergesagt, nicht ausgeführt)</translation>
    </message>
    <message>
        <source>It cannot run inside the dry run&apos;s transaction, so it was left out.</source>
        <translation>Er kann nicht in der Transaktion des Probelaufs laufen und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Whole plan:</source>
        <translation>Ganzer Plan:</translation>
    </message>
    <message>
        <source>Not included: step(s) %1 (predicted, not run).</source>
        <translation>Nicht enthalten: Schritt(e) %1 (vorhergesagt, nicht ausgeführt).</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <source>Shadow database: %1</source>
        <translation>Schattendatenbank: %1</translation>
    </message>
    <message>
        <source>&apos;@&apos; needs a revision: @head, @heads, @base or @REV</source>
        <translation>&apos;@&apos; braucht eine Revision: @head, @heads, @base oder @REV</translation>
    </message>
    <message>
        <source>no project was opened</source>
        <translation>es wurde kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>%1 is a revision of the project&apos;s migrations, which need the project (alembic.ini, or -c/--config): %2</source>
        <translation>%1 ist eine Revision der Migrationen des Projekts, die das Projekt brauchen (alembic.ini oder -c/--config): %2</translation>
    </message>
    <message>
        <source>(no answer after %1 s)</source>
        <translation>(keine Antwort nach %1 s)</translation>
    </message>
    <message>
        <source>Stopped the private PostgreSQL server of the shadow databases and removed %1</source>
        <translation>Der private PostgreSQL-Server der Schattendatenbanken wurde gestoppt und %1 entfernt</translation>
    </message>
    <message>
        <source>No shadow database: %1. Give --shadow-url URL (a PostgreSQL server where Retort may create a temporary database), or --url URL (a temporary database on its server).</source>
        <translation>Keine Schattendatenbank: %1. Geben Sie --shadow-url URL an (ein PostgreSQL-Server, auf dem Retort eine temporäre Datenbank anlegen darf) oder --url URL (eine temporäre Datenbank auf dessen Server).</translation>
    </message>
    <message>
        <source>no database server was named</source>
        <translation>es wurde kein Datenbankserver angegeben</translation>
    </message>
    <message>
        <source>no server was named, and no local PostgreSQL server binaries (initdb, pg_ctl, postgres) were found through pg_config --bindir or in /usr/lib/postgresql/*/bin to start a private one</source>
        <translation>es wurde kein Server angegeben, und weder über pg_config --bindir noch in /usr/lib/postgresql/*/bin wurden lokale PostgreSQL-Serverprogramme (initdb, pg_ctl, postgres) gefunden, um einen privaten Server zu starten</translation>
    </message>
    <message>
        <source>Retort runs as root, and PostgreSQL refuses to: no user &apos;postgres&apos; or &apos;nobody&apos; to run a private server as</source>
        <translation>Retort läuft als root, und PostgreSQL verweigert das: Es gibt keinen Benutzer &apos;postgres&apos; oder &apos;nobody&apos;, unter dem ein privater Server laufen könnte</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot hand the folder %1 to the user %2: %3</source>
        <translation>der Ordner %1 kann nicht an den Benutzer %2 übergeben werden: %3</translation>
    </message>
    <message>
        <source>Starting a private PostgreSQL server for the shadow databases (%1, in %2)</source>
        <translation>Ein privater PostgreSQL-Server für die Schattendatenbanken wird gestartet (%1, in %2)</translation>
    </message>
    <message>
        <source>initdb of a private PostgreSQL server failed: %1</source>
        <translation>initdb eines privaten PostgreSQL-Servers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a private PostgreSQL server did not start: %1</source>
        <translation>ein privater PostgreSQL-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1: a shadow database needs a PostgreSQL server or sqlite:// (in memory)</source>
        <translation>%1: Eine Schattendatenbank braucht einen PostgreSQL-Server oder sqlite:// (im Speicher)</translation>
    </message>
    <message>
        <source>the shadow database&apos;s server is unreachable: %1</source>
        <translation>der Server der Schattendatenbank ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the shadow server (%1) is unreachable: %2</source>
        <translation>der Schattenserver (%1) ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot create a shadow database on %1: %2. Give --shadow-url URL (or retort_shadow_url in the ini): a server where the role may CREATE DATABASE.</source>
        <translation>auf %1 kann keine Schattendatenbank angelegt werden: %2. Geben Sie --shadow-url URL an (oder retort_shadow_url in der ini): einen Server, auf dem die Rolle CREATE DATABASE ausführen darf.</translation>
    </message>
    <message>
        <source>cannot create a shadow database on %1: %2 (give --shadow-url URL for another server)</source>
        <translation>auf %1 kann keine Schattendatenbank angelegt werden: %2 (geben Sie mit --shadow-url URL einen anderen Server an)</translation>
    </message>
    <message>
        <source>%1 failed at statement %2 of %3: %4
The transaction was rolled back.</source>
        <translation>%1 ist bei Anweisung %2 von %3 fehlgeschlagen: %4
Die Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; in table %3</source>
        <translation>%1: Die Tabelle %3 hat keine Spalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading table %1 failed: %2</source>
        <translation>das Lesen der Tabelle %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>batch mode: column %1.%2 has no type SQLAlchemy can create again (declared &apos;%3&apos;, reflected as NullType)</source>
        <translation>Batch-Modus: Die Spalte %1.%2 hat keinen Typ, den SQLAlchemy wieder anlegen kann (deklariert als &apos;%3&apos;, reflektiert als NullType)</translation>
    </message>
    <message>
        <source>op.batch_alter_table(): a schema is not supported on SQLite</source>
        <translation>op.batch_alter_table(): Ein Schema wird unter SQLite nicht unterstützt</translation>
    </message>
    <message>
        <source>op.batch_alter_table(): no table %1 in the database</source>
        <translation>op.batch_alter_table(): In der Datenbank gibt es keine Tabelle %1</translation>
    </message>
    <message>
        <source>batch mode: table %1 has the generated column %2, which Retort does not copy yet</source>
        <translation>Batch-Modus: Die Tabelle %1 hat die generierte Spalte %2, die Retort noch nicht kopiert</translation>
    </message>
    <message>
        <source>%1: the column must be sa.Column(name, type, ...)</source>
        <translation>%1: Die Spalte muss sa.Column(name, type, ...) sein</translation>
    </message>
    <message>
        <source>%1: the condition must be a string</source>
        <translation>%1: Die Bedingung muss ein String sein</translation>
    </message>
    <message>
        <source>%1: no constraint &apos;%2&apos; on table %3 (SQLite keeps only named constraints it can read from the table&apos;s SQL)</source>
        <translation>%1: Die Tabelle %3 hat keinen Constraint &apos;%2&apos; (SQLite bewahrt nur benannte Constraints auf, die sich aus dem SQL der Tabelle lesen lassen)</translation>
    </message>
    <message>
        <source>%1: no index &apos;%2&apos; on table %3</source>
        <translation>%1: Die Tabelle %3 hat keinen Index &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not supported in batch mode</source>
        <translation>%1 wird im Batch-Modus nicht unterstützt</translation>
    </message>
    <message>
        <source>batch mode: index %1 of table %2 uses the dropped column %3; drop the index in the block first</source>
        <translation>Batch-Modus: Der Index %1 der Tabelle %2 verwendet die entfernte Spalte %3; entfernen Sie den Index zuerst im Block</translation>
    </message>
    <message>
        <source>batch mode: %1</source>
        <translation>Batch-Modus: %1</translation>
    </message>
    <message>
        <source>retort_shadow_url in %1</source>
        <translation>retort_shadow_url in %1</translation>
    </message>
    <message>
        <source>op.create_table(&apos;%1&apos;): column &apos;%2&apos; is given twice (first on line %3)</source>
        <translation>op.create_table(&apos;%1&apos;): Die Spalte &apos;%2&apos; ist zweimal angegeben (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>, the second time not as part of the primary key: SQLAlchemy refuses to redefine a primary-key column</source>
        <translation>, beim zweiten Mal nicht als Teil des Primärschlüssels: SQLAlchemy lehnt es ab, eine Primärschlüsselspalte neu zu definieren</translation>
    </message>
    <message>
        <source>, the second time as part of a primary key of several columns, which SQLAlchemy then orders otherwise: not supported</source>
        <translation>, beim zweiten Mal als Teil eines Primärschlüssels aus mehreren Spalten, die SQLAlchemy dann anders anordnet: nicht unterstützt</translation>
    </message>
    <message>
        <source>, both times with index=True: Alembic would create the index %1 twice</source>
        <translation>, beide Male mit index=True: Alembic würde den Index %1 zweimal anlegen</translation>
    </message>
    <message>
        <source>: the CHECK constraint of the first one&apos;s type would stay on the table and constrain the second one</source>
        <translation>: Die CHECK-Einschränkung des Typs der ersten Spalte bliebe auf der Tabelle und würde die zweite einschränken</translation>
    </message>
    <message>
        <source>%1 (found by %2): Alembic %3, SQLAlchemy %4</source>
        <translation>%1 (gefunden über %2): Alembic %3, SQLAlchemy %4</translation>
    </message>
    <message>
        <source>%1 is assigned from &apos;%2&apos;, but %3</source>
        <translation>%1 wird aus &apos;%2&apos; zugewiesen, aber %3</translation>
    </message>
    <message>
        <source>; Retort reads revision files and the project&apos;s modules as text, without running them</source>
        <translation>; Retort liest Revisionsdateien und die Module des Projekts als Text, ohne sie auszuführen</translation>
    </message>
    <message>
        <source>%1 is assigned inside the &apos;%2&apos; block at line %3, which may or may not run: Retort cannot decide that without running the file</source>
        <translation>%1 wird im &apos;%2&apos;-Block in Zeile %3 zugewiesen, der laufen kann oder nicht: Retort kann das nicht entscheiden, ohne die Datei auszuführen</translation>
    </message>
    <message>
        <source>; assign it at module level, outside any block (constant conditions such as &apos;if True:&apos; are decided)</source>
        <translation>; weisen Sie den Wert auf Modulebene zu, außerhalb jedes Blocks (konstante Bedingungen wie &apos;if True:&apos; werden entschieden)</translation>
    </message>
    <message>
        <source>%1 is bound by &apos;%2&apos; at line %3, not assigned a literal</source>
        <translation>%1 wird in Zeile %3 durch &apos;%2&apos; gebunden, nicht als Literal zugewiesen</translation>
    </message>
    <message>
        <source>the relative import &apos;%1&apos; has no parent package (Alembic loads revision files outside any package)</source>
        <translation>der relative Import &apos;%1&apos; hat kein übergeordnetes Paket (Alembic lädt Revisionsdateien außerhalb jedes Pakets)</translation>
    </message>
    <message>
        <source>the relative import &apos;%1&apos; has no parent package</source>
        <translation>der relative Import &apos;%1&apos; hat kein übergeordnetes Paket</translation>
    </message>
    <message>
        <source>the relative import &apos;%1&apos; in package &apos;%2&apos; goes beyond the top-level package</source>
        <translation>der relative Import &apos;%1&apos; im Paket &apos;%2&apos; reicht über das oberste Paket hinaus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a module name</source>
        <translation>&apos;%1&apos; ist kein Modulname</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; is not found: &apos;%2&apos; (%3) is not a package</source>
        <translation>Modul &apos;%1&apos; nicht gefunden: &apos;%2&apos; (%3) ist kein Paket</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; is not on the project&apos;s import path (searched for &apos;%2&apos; in: %3)</source>
        <translation>Modul &apos;%1&apos; liegt nicht im Importpfad des Projekts (nach &apos;%2&apos; gesucht in: %3)</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>keine Ordner</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; is not found: package &apos;%2&apos; has no &apos;%3&apos; in %4</source>
        <translation>Modul &apos;%1&apos; nicht gefunden: Das Paket &apos;%2&apos; hat kein &apos;%3&apos; in %4</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; (%2) is imported from while it is being imported (a circular import: %3)</source>
        <translation>aus dem Modul &apos;%1&apos; (%2) wird importiert, während es selbst importiert wird (ein zirkulärer Import: %3)</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; (%2) is imported through more than %3 modules</source>
        <translation>Modul &apos;%1&apos; (%2) wird über mehr als %3 Module importiert</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>kann es nicht lesen: %1</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; (%2) does not assign &apos;%3&apos;, which may come from &apos;from %4 import *&apos;, a module outside the project</source>
        <translation>Modul &apos;%1&apos; (%2) weist &apos;%3&apos; nicht zu; es kann aus &apos;from %4 import *&apos; stammen, einem Modul außerhalb des Projekts</translation>
    </message>
    <message>
        <source>namespace package &apos;%1&apos; has no &apos;%2&apos;</source>
        <translation>das Namespace-Paket &apos;%1&apos; hat kein &apos;%2&apos;</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; (%2) does not assign &apos;%3&apos; at module level</source>
        <translation>Modul &apos;%1&apos; (%2) weist &apos;%3&apos; nicht auf Modulebene zu</translation>
    </message>
    <message>
        <source>%1 is not assigned a literal</source>
        <translation>%1 wird kein Literal zugewiesen</translation>
    </message>
    <message>
        <source>%1 is assigned inside a block that may or may not run</source>
        <translation>%1 wird in einem Block zugewiesen, der laufen kann oder nicht</translation>
    </message>
    <message>
        <source>%1 is a function</source>
        <translation>%1 ist eine Funktion</translation>
    </message>
    <message>
        <source>%1 is a class</source>
        <translation>%1 ist eine Klasse</translation>
    </message>
    <message>
        <source>%1 is deleted</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>%1 may be modified</source>
        <translation>%1 kann verändert werden</translation>
    </message>
    <message>
        <source>%1:%2: __all__ is not a literal list of names</source>
        <translation>%1:%2: __all__ ist keine literale Liste von Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, whose attributes Retort does not read</source>
        <translation>&apos;%1&apos; ist %2, dessen Attribute Retort nicht liest</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the module &apos;%2&apos;, not a literal</source>
        <translation>&apos;%1&apos; ist das Modul &apos;%2&apos;, kein Literal</translation>
    </message>
    <message>
        <source>The audit table is turned off (retort_history = false or --no-history): there is nothing to repair into</source>
        <translation>Die Audit-Tabelle ist ausgeschaltet (retort_history = false oder --no-history): es gibt nichts, wohin repariert werden könnte</translation>
    </message>
    <message>
        <source>--ignore-edited: running although validate found:</source>
        <translation>--ignore-edited: Lauf trotz dieser Befunde von validate:</translation>
    </message>
    <message>
        <source>Option &apos;retort_history_table&apos; in section [%1] must not be empty</source>
        <translation>Die Option &apos;retort_history_table&apos; im Abschnitt [%1] darf nicht leer sein</translation>
    </message>
    <message>
        <source>Can&apos;t create the audit table %1 (retort_history = false in the ini or --no-history leave it out): %2</source>
        <translation>Die Audit-Tabelle %1 kann nicht angelegt werden (retort_history = false in der ini oder --no-history lassen sie weg): %2</translation>
    </message>
    <message>
        <source>Can&apos;t write the audit row of %1 %2 into %3</source>
        <translation>Die Audit-Zeile von %1 %2 kann nicht in %3 geschrieben werden</translation>
    </message>
    <message>
        <source>Can&apos;t read the audit table %1</source>
        <translation>Die Audit-Tabelle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>stamped %1</source>
        <translation>gestempelt %1</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>angewendet %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Stamped at: %1
</source>
        <translation>Gestempelt am: %1
</translation>
    </message>
    <message>
        <source>Applied at: %1
</source>
        <translation>Angewendet am: %1
</translation>
    </message>
    <message>
        <source>Applied by: %1
</source>
        <translation>Angewendet von: %1
</translation>
    </message>
    <message>
        <source>The failure could not be recorded in the audit table: %1</source>
        <translation>Der Fehler konnte nicht in der Audit-Tabelle festgehalten werden: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source> (application &apos;%1&apos;, retort %2)</source>
        <translation> (Anwendung &apos;%1&apos;, Retort %2)</translation>
    </message>
    <message>
        <source>%1 as applied (sha256 %2)</source>
        <translation>%1 wie angewendet (sha256 %2)</translation>
    </message>
    <message>
        <source>%1 now (sha256 %2)</source>
        <translation>%1 jetzt (sha256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no audit table %2 yet, so no checksums to compare (Retort records them from its next run); %n applied revision(s).
</source>
        <translation>
            <numerusform>%1: noch keine Audit-Tabelle %2, also keine Prüfsummen zum Vergleichen (Retort hält sie ab seinem nächsten Lauf fest); %n angewendete Revision.
</numerusform>
            <numerusform>%1: noch keine Audit-Tabelle %2, also keine Prüfsummen zum Vergleichen (Retort hält sie ab seinem nächsten Lauf fest); %n angewendete Revisionen.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applied revision(s), </source>
        <translation>
            <numerusform>%1: %n angewendete Revision, </numerusform>
            <numerusform>%1: %n angewendete Revisionen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a checksum recorded in %1; </source>
        <translation>
            <numerusform>%n mit einer in %1 festgehaltenen Prüfsumme; </numerusform>
            <numerusform>%n mit einer in %1 festgehaltenen Prüfsumme; </numerusform>
        </translation>
    </message>
    <message>
        <source>no findings.
</source>
        <translation>keine Befunde.
</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):
</source>
        <translation>
            <numerusform>%n Befund:
</numerusform>
            <numerusform>%n Befunde:
</numerusform>
        </translation>
    </message>
    <message>
        <source>MISSING %1: a row of the version table, but no revision file of the project has this id (Alembic: Can&apos;t locate revision identified by &apos;%1&apos;).</source>
        <translation>FEHLT %1: eine Zeile der Versionstabelle, aber keine Revisionsdatei des Projekts hat diese ID (Alembic: Can&apos;t locate revision identified by &apos;%1&apos;).</translation>
    </message>
    <message>
        <source> Its audit row: %1, from the file %2.</source>
        <translation> Ihre Audit-Zeile: %1, aus der Datei %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source> No audit row names it (it was applied without Retort&apos;s audit table).</source>
        <translation> Keine Audit-Zeile nennt sie (sie wurde ohne Retorts Audit-Tabelle angewendet).</translation>
    </message>
    <message>
        <source>EDITED %1 (%2): the file can&apos;t be read now; it was recorded by the %3.
</source>
        <translation>GEÄNDERT %1 (%2): die Datei kann jetzt nicht gelesen werden; festgehalten wurde sie beim %3.
</translation>
    </message>
    <message>
        <source>EDITED %1 (%2): the file differs from the one recorded by the %3.
</source>
        <translation>GEÄNDERT %1 (%2): die Datei unterscheidet sich von der beim %3 festgehaltenen.
</translation>
    </message>
    <message>
        <source>%1 is in the version table but its file is missing%2</source>
        <translation>%1 steht in der Versionstabelle, aber ihre Datei fehlt%2</translation>
    </message>
    <message>
        <source> (it was %1)</source>
        <translation> (sie war %1)</translation>
    </message>
    <message>
        <source>%1 was edited after it was applied (%2)</source>
        <translation>%1 wurde nach dem Anwenden geändert (%2)</translation>
    </message>
    <message>
        <source>%1 does not match the project: %2. Nothing was run. See `retort validate`; pass --ignore-edited to run anyway, or record the files as they are with `retort validate --repair`.</source>
        <translation>%1 passt nicht zum Projekt: %2. Nichts wurde ausgeführt. Siehe `retort validate`; mit --ignore-edited trotzdem ausführen, oder die Dateien mit `retort validate --repair` so festhalten, wie sie sind.</translation>
    </message>
    <message>
        <source>checksum re-recorded: %1 -&gt; %2</source>
        <translation>Prüfsumme neu festgehalten: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>(file unreadable)</source>
        <translation>(Datei nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot copy the demo project to %1: %2</source>
        <translation>Das Demoprojekt kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>The demo project is missing from this build</source>
        <translation>Das Demoprojekt fehlt in diesem Build</translation>
    </message>
    <message>
        <source>Cannot read revision file: %1</source>
        <translation>Revisionsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No revision id: the file does not assign &apos;revision&apos;</source>
        <translation>Keine Revisions-ID: Die Datei weist &apos;revision&apos; nichts zu</translation>
    </message>
    <message>
        <source>Revision %1 has no &apos;down_revision&apos; variable; a base revision declares down_revision = None</source>
        <translation>Revision %1 hat keine Variable &apos;down_revision&apos;; eine Basisrevision deklariert down_revision = None</translation>
    </message>
    <message>
        <source>Revision %1 is present more than once</source>
        <translation>Revision %1 ist mehrfach vorhanden</translation>
    </message>
    <message>
        <source>Revision %1 is part of a cycle through %2</source>
        <translation>Revision %1 ist Teil eines Zyklus über %2</translation>
    </message>
    <message>
        <source>sqlalchemy.url (alembic.ini)</source>
        <translation>sqlalchemy.url (alembic.ini)</translation>
    </message>
    <message>
        <source>%1 (environment)</source>
        <translation>%1 (Umgebung)</translation>
    </message>
    <message>
        <source>insert row %1</source>
        <translation>Zeile %1 einfügen</translation>
    </message>
    <message>
        <source>update row %1 to %2</source>
        <translation>Zeile %1 auf %2 ändern</translation>
    </message>
    <message>
        <source>delete row %1</source>
        <translation>Zeile %1 löschen</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <source>event trigger</source>
        <translation>Ereignistrigger</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>collation</source>
        <translation>Sortierfolge</translation>
    </message>
    <message>
        <source>comment changed</source>
        <translation>Kommentar geändert</translation>
    </message>
    <message>
        <source>%1 statement</source>
        <translation>%1-Anweisung</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>unique %1</source>
        <translation>eindeutiger %1</translation>
    </message>
    <message>
        <source>%1 on %2 created</source>
        <translation>%1 auf %2 erstellt</translation>
    </message>
    <message>
        <source>%1 %2 on %3 created</source>
        <translation>%1 %2 auf %3 erstellt</translation>
    </message>
    <message>
        <source>%1 %2 created</source>
        <translation>%1 %2 erstellt</translation>
    </message>
    <message>
        <source>%1 altered</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 %2 renamed to %3</source>
        <translation>%1 %2 in %3 umbenannt</translation>
    </message>
    <message>
        <source>constraint %1 of %2 renamed to %3</source>
        <translation>Constraint %1 von %2 in %3 umbenannt</translation>
    </message>
    <message>
        <source>column %1 of %2 renamed to %3</source>
        <translation>Spalte %1 von %2 in %3 umbenannt</translation>
    </message>
    <message>
        <source>%1 %2 altered</source>
        <translation>%1 %2 geändert</translation>
    </message>
    <message>
        <source>constraint %1 on %2 added</source>
        <translation>Constraint %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 constraint on %2 added</source>
        <translation>%1-Constraint zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>column %1 added to %2</source>
        <translation>Spalte %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>column %1 of %2 is NOT NULL without a default: fails when the table has rows</source>
        <translation>Spalte %1 von %2 ist NOT NULL ohne Standardwert: schlägt fehl, wenn die Tabelle Zeilen enthält</translation>
    </message>
    <message>
        <source>constraint %1 of %2 dropped</source>
        <translation>Constraint %1 von %2 entfernt</translation>
    </message>
    <message>
        <source>column %1 of %2 dropped</source>
        <translation>Spalte %1 von %2 entfernt</translation>
    </message>
    <message>
        <source>DROP COLUMN %1.%2 deletes the column&apos;s data</source>
        <translation>DROP COLUMN %1.%2 löscht die Daten der Spalte</translation>
    </message>
    <message>
        <source>type of column %1 of %2 changed</source>
        <translation>Typ der Spalte %1 von %2 geändert</translation>
    </message>
    <message>
        <source>ALTER COLUMN %1.%2 TYPE rewrites the table and may fail on or truncate existing values</source>
        <translation>ALTER COLUMN %1.%2 TYPE schreibt die Tabelle neu und kann an vorhandenen Werten scheitern oder sie abschneiden</translation>
    </message>
    <message>
        <source>column %1 of %2 made NOT NULL</source>
        <translation>Spalte %1 von %2 auf NOT NULL gesetzt</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 fails if a row holds NULL, and scans the table under an exclusive lock</source>
        <translation>SET NOT NULL für %1.%2 schlägt fehl, wenn eine Zeile NULL enthält, und durchsucht die Tabelle unter einer exklusiven Sperre</translation>
    </message>
    <message>
        <source>column %1 of %2 made nullable</source>
        <translation>Spalte %1 von %2 lässt jetzt NULL zu</translation>
    </message>
    <message>
        <source>default of column %1 of %2 set</source>
        <translation>Standardwert der Spalte %1 von %2 gesetzt</translation>
    </message>
    <message>
        <source>default of column %1 of %2 dropped</source>
        <translation>Standardwert der Spalte %1 von %2 entfernt</translation>
    </message>
    <message>
        <source>column %1 of %2 altered</source>
        <translation>Spalte %1 von %2 geändert</translation>
    </message>
    <message>
        <source>table %1 altered</source>
        <translation>Tabelle %1 geändert</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 %2 dropped</source>
        <translation>%1 %2 entfernt</translation>
    </message>
    <message>
        <source>DROP %1 %2 CASCADE deletes it, its data and every object that depends on it</source>
        <translation>DROP %1 %2 CASCADE löscht das Objekt, seine Daten und alle Objekte, die davon abhängen</translation>
    </message>
    <message>
        <source>DROP %1 %2 deletes it and its data</source>
        <translation>DROP %1 %2 löscht das Objekt und seine Daten</translation>
    </message>
    <message>
        <source>table %1 emptied</source>
        <translation>Tabelle %1 geleert</translation>
    </message>
    <message>
        <source>TRUNCATE %1 deletes every row</source>
        <translation>TRUNCATE %1 löscht alle Zeilen</translation>
    </message>
    <message>
        <source>rows deleted from %1</source>
        <translation>Zeilen aus %1 gelöscht</translation>
    </message>
    <message>
        <source>every row deleted from %1</source>
        <translation>alle Zeilen aus %1 gelöscht</translation>
    </message>
    <message>
        <source>DELETE FROM %1 without WHERE deletes every row</source>
        <translation>DELETE FROM %1 ohne WHERE löscht alle Zeilen</translation>
    </message>
    <message>
        <source>rows inserted into %1</source>
        <translation>Zeilen in %1 eingefügt</translation>
    </message>
    <message>
        <source>rows updated in %1</source>
        <translation>Zeilen in %1 aktualisiert</translation>
    </message>
    <message>
        <source>every row updated in %1</source>
        <translation>alle Zeilen in %1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 %2 renamed</source>
        <translation>%1 %2 umbenannt</translation>
    </message>
    <message>
        <source>SQL executed (%1)</source>
        <translation>SQL ausgeführt (%1)</translation>
    </message>
    <message>
        <source>Retort cannot render this step, and no Python with Alembic was found to run it: %1</source>
        <translation>Retort kann diesen Schritt nicht umsetzen, und es wurde kein Python mit Alembic gefunden, um ihn auszuführen: %1</translation>
    </message>
    <message>
        <source>-- Runs with Alembic through the Python bridge; Alembic&apos;s offline mode cannot print it either.
</source>
        <translation>-- Läuft mit Alembic über die Python-Brücke; auch Alembics Offline-Modus kann ihn nicht ausgeben.
</translation>
    </message>
    <message>
        <source>-- Runs with Alembic through the Python bridge; Alembic&apos;s offline text:
</source>
        <translation>-- Läuft mit Alembic über die Python-Brücke; Offline-Text von Alembic:
</translation>
    </message>
    <message>
        <source>Retort cannot render this step, and a dry run cannot include steps that only the Python bridge can run (it commits them): %1</source>
        <translation>Retort kann diesen Schritt nicht umsetzen, und ein Probelauf kann keine Schritte enthalten, die nur die Python-Brücke ausführen kann (sie schreibt sie fest): %1</translation>
    </message>
    <message>
        <source>Retort cannot render this step, and the Python bridge cannot run it: %1
%2</source>
        <translation>Retort kann diesen Schritt nicht umsetzen, und die Python-Brücke kann ihn nicht ausführen: %1
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Native desktop migration manager for Alembic projects</source>
        <translation>Nativer Desktop-Migrationsmanager für Alembic-Projekte</translation>
    </message>
    <message>
        <source>Copy the demo project to the data folder and open it.</source>
        <translation>Das Demoprojekt in den Datenordner kopieren und öffnen.</translation>
    </message>
    <message>
        <source>Language of the interface: en, or one of: %1. Default: the system&apos;s language.</source>
        <translation>Sprache der Oberfläche: en oder eine von: %1. Standard: die Sprache des Systems.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>An alembic.ini, or the folder that holds it.</source>
        <translation>Eine alembic.ini oder der Ordner, der sie enthält.</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Demoprojekt</translation>
    </message>
</context>
<context>
    <name>retort::CompareSourcePicker</name>
    <message>
        <source>P&amp;assword:</source>
        <translation>P&amp;asswort:</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Project revision</source>
        <translation>Projektrevision</translation>
    </message>
    <message>
        <source>DDL file or folder</source>
        <translation>DDL-Datei oder -Ordner</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Q&amp;uelle:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>The schema the project&apos;s migrations build up to this revision, in a temporary database</source>
        <translation>Das Schema, das die Migrationen des Projekts bis zu dieser Revision aufbauen, in einer temporären Datenbank</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <source>a .sql file or a folder of them</source>
        <translation>eine .sql-Datei oder ein Ordner mit solchen Dateien</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>base (empty)</source>
        <translation>Basis (leer)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The project has no connection profile.</source>
        <translation>Das Projekt hat kein Verbindungsprofil.</translation>
    </message>
    <message>
        <source>DDL File</source>
        <translation>DDL-Datei</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder of DDL Files</source>
        <translation>Ordner mit DDL-Dateien</translation>
    </message>
</context>
<context>
    <name>retort::CompareWindow</name>
    <message>
        <source>From (the schema as it is)</source>
        <translation>Von (das Schema, wie es ist)</translation>
    </message>
    <message>
        <source>To (the schema wanted)</source>
        <translation>Nach (das gewünschte Schema)</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Cop&amp;y SQL</source>
        <translation>SQL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Op Co&amp;de</source>
        <translation>Op-&amp;Code kopieren</translation>
    </message>
    <message>
        <source>SQL of the selected change</source>
        <translation>SQL der ausgewählten Änderung</translation>
    </message>
    <message>
        <source>Alembic op code of the selected change</source>
        <translation>Alembic-Op-Code der ausgewählten Änderung</translation>
    </message>
    <message>
        <source>Compare Schemas</source>
        <translation>Schemas vergleichen</translation>
    </message>
    <message>
        <source>Exchange the two sides</source>
        <translation>Die beiden Seiten tauschen</translation>
    </message>
    <message>
        <source>Read both schemas and list what turns From into To (%1)</source>
        <translation>Beide Schemas lesen und auflisten, was „Von“ in „Nach“ überführt (%1)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Group the differences</source>
        <translation>Die Unterschiede gruppieren</translation>
    </message>
    <message>
        <source>By object kind</source>
        <translation>Nach Objektart</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>Nach Tabelle</translation>
    </message>
    <message>
        <source>Copy the SQL of the whole diff</source>
        <translation>Das SQL des ganzen Diffs kopieren</translation>
    </message>
    <message>
        <source>Copy the whole diff as Alembic op.* calls</source>
        <translation>Den ganzen Diff als Alembic-Aufrufe op.* kopieren</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <source>Op Cod&amp;e</source>
        <translation>Op-Cod&amp;e</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <source>Choose the two sources, then Compare.</source>
        <translation>Wählen Sie die beiden Quellen, dann „Vergleichen“.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>No keychain service is available (%1): enter the password; it is not stored.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar (%1): Geben Sie das Passwort ein; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No password is stored for %1: enter it.</source>
        <translation>Für %1 ist kein Passwort gespeichert: Geben Sie es ein.</translation>
    </message>
    <message>
        <source>%1: choose a connection profile (the project has none: add one with Database ▸ Connect to Database…).</source>
        <translation>%1: Wählen Sie ein Verbindungsprofil (das Projekt hat keines: Legen Sie eines mit Datenbank ▸ Mit Datenbank verbinden… an).</translation>
    </message>
    <message>
        <source>%1: a revision needs an open project.</source>
        <translation>%1: Eine Revision braucht ein geöffnetes Projekt.</translation>
    </message>
    <message>
        <source>%1: choose a revision.</source>
        <translation>%1: Wählen Sie eine Revision.</translation>
    </message>
    <message>
        <source>%1: choose a .sql file or a folder of them.</source>
        <translation>%1: Wählen Sie eine .sql-Datei oder einen Ordner mit solchen Dateien.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <source>The schemas are equal.</source>
        <translation>Die Schemas sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n destructive</source>
        <translation>
            <numerusform>%1, davon %n destruktiv</numerusform>
            <numerusform>%1, davon %n destruktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>The whole diff: %n change(s)</source>
        <translation>
            <numerusform>Der ganze Diff: %n Änderung</numerusform>
            <numerusform>Der ganze Diff: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retort::CompareWorker</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot compare a %1 schema with a %2 one.</source>
        <translation>Ein %1-Schema kann nicht mit einem %2-Schema verglichen werden.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
</context>
<context>
    <name>retort::ConnectionDialog</name>
    <message>
        <source>Database Connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <translation>postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>An SQLAlchemy URL without the password: postgresql://user@host/db or sqlite:///path/to/file.db</source>
        <translation>Eine SQLAlchemy-URL ohne Passwort: postgresql://user@host/db oder sqlite:///path/to/file.db</translation>
    </message>
    <message>
        <source>Version table</source>
        <translation>Versionstabelle</translation>
    </message>
    <message>
        <source>Version table schema</source>
        <translation>Schema der Versionstabelle</translation>
    </message>
    <message>
        <source>(search_path)</source>
        <translation>(search_path)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems me&amp;rken</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Connected to %1: version rows %2</source>
        <translation>Verbunden mit %1: Versionszeilen %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>in the URL (%1)</source>
        <translation>in der URL (%1)</translation>
    </message>
    <message>
        <source>alembic.ini</source>
        <translation>alembic.ini</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain (service &quot;%1&quot;), never in Retort&apos;s settings.</source>
        <translation>Passwörter werden im Schlüsselbund des Systems (Dienst „%1“) aufbewahrt, nie in den Einstellungen von Retort.</translation>
    </message>
    <message>
        <source>No keychain service is available (%1). The password is not stored: Retort asks for it each time you connect.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar (%1). Das Passwort wird nicht gespeichert: Retort fragt bei jedem Verbinden danach.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Choose or create a profile.</source>
        <translation>Wählen Sie ein Profil oder legen Sie eines an.</translation>
    </message>
    <message>
        <source>The keychain did not store the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Show on the &amp;graph beside the connected database</source>
        <translation>Im &amp;Graphen neben der verbundenen Datenbank zeigen</translation>
    </message>
    <message>
        <source>Paint this database&apos;s current revisions on the graph as a marker with the profile&apos;s name, and say in the status bar how far it is behind heads</source>
        <translation>Die aktuellen Revisionen dieser Datenbank als Markierung mit dem Namen des Profils in den Graphen zeichnen und in der Statusleiste sagen, wie weit sie hinter den Heads ist</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Version table:</source>
        <translation>&amp;Versionstabelle:</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
</context>
<context>
    <name>retort::DatabaseController</name>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>Mit Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>Re&amp;read Database State</source>
        <translation>Datenbankstand neu &amp;lesen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Database Connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>%1 (reading the keychain…)</source>
        <translation>%1 (Schlüsselbund wird gelesen…)</translation>
    </message>
    <message>
        <source>No keychain service is available (%1): enter the password; it is not stored.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar (%1): Geben Sie das Passwort ein; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No password is stored for %1: enter it.</source>
        <translation>Für %1 ist kein Passwort gespeichert: Geben Sie es ein.</translation>
    </message>
    <message>
        <source>%1 (password needed)</source>
        <translation>%1 (Passwort nötig)</translation>
    </message>
    <message>
        <source>%1 (connecting…)</source>
        <translation>%1 (Verbindung wird hergestellt…)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>The server needs a password: %1</source>
        <translation>Der Server verlangt ein Passwort: %1</translation>
    </message>
    <message>
        <source>The database is at %1, which this project does not have</source>
        <translation>Die Datenbank steht auf %1, das es in diesem Projekt nicht gibt</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Select a revision first.</source>
        <translation>Wählen Sie zuerst eine Revision aus.</translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation>Upgrade auf %1</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
    <message>
        <source>Upgrade to heads</source>
        <translation>Upgrade auf alle Heads</translation>
    </message>
    <message>
        <source>Downgrade to %1</source>
        <translation>Downgrade auf %1</translation>
    </message>
    <message>
        <source>&amp;Downgrade</source>
        <translation>&amp;Downgrade</translation>
    </message>
    <message>
        <source>Downgrade one step (%1)</source>
        <translation>Downgrade um einen Schritt (%1)</translation>
    </message>
    <message>
        <source>Stamp %1</source>
        <translation>%1 stempeln</translation>
    </message>
    <message>
        <source>&amp;Stamp</source>
        <translation>&amp;Stempeln</translation>
    </message>
    <message>
        <source>Dry run: upgrade to %1</source>
        <translation>Probelauf: Upgrade auf %1</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>alle Heads</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The revision graph has errors (see Problems): fix them before changing a database.</source>
        <translation>Der Revisionsgraph enthält Fehler (siehe Probleme): Beheben Sie sie, bevor Sie eine Datenbank ändern.</translation>
    </message>
    <message>
        <source>Another database task is running; wait for it to end.</source>
        <translation>Eine andere Datenbankaufgabe läuft; warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>Reading the version rows of %1…</source>
        <translation>Lese die Versionszeilen von %1…</translation>
    </message>
    <message>
        <source>Merge Heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <source>Select two or more heads to merge (Ctrl+click).</source>
        <translation>Wählen Sie zwei oder mehr Heads zum Zusammenführen aus (Strg+Klick).</translation>
    </message>
    <message>
        <source>A merge revision whose parents are %1 is written into the version folder.</source>
        <translation>Eine Merge-Revision mit den Elternrevisionen %1 wird in den Versionsordner geschrieben.</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <source>New Revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>A new revision whose parent is %1 is written into the version folder.</source>
        <translation>Eine neue Revision mit der Elternrevision %1 wird in den Versionsordner geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a head: the new revision starts a new branch from it.</source>
        <translation>%1 ist kein Head: Die neue Revision beginnt dort einen neuen Zweig.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Revision Written</source>
        <translation>Revision geschrieben</translation>
    </message>
    <message>
        <source>Migration Running</source>
        <translation>Migration läuft</translation>
    </message>
    <message>
        <source>A migration is running on %1. Closing the window cancels it: the running statement is cancelled and the run&apos;s transaction rolled back.</source>
        <translation>Auf %1 läuft eine Migration. Wenn Sie das Fenster schließen, wird sie abgebrochen: Die laufende Anweisung wird abgebrochen und die Transaktion des Laufs zurückgerollt.</translation>
    </message>
    <message>
        <source>Cancel Run and Close</source>
        <translation>Lauf abbrechen und schließen</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Check for Dri&amp;ft</source>
        <translation>Auf Dri&amp;ft prüfen</translation>
    </message>
    <message>
        <source>Compare the database with what its migrations build, to find changes made by hand</source>
        <translation>Die Datenbank mit dem vergleichen, was ihre Migrationen aufbauen, um von Hand vorgenommene Änderungen zu finden</translation>
    </message>
    <message>
        <source>Check for Drift o&amp;n Connect</source>
        <translation>Drift &amp;beim Verbinden prüfen</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Drift: %n change(s) made outside the migrations</source>
        <translation>
            <numerusform>⚠ Drift: %n Änderung außerhalb der Migrationen</numerusform>
            <numerusform>⚠ Drift: %n Änderungen außerhalb der Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The database differs from what its migrations build (Database &gt; Compare Schemas… shows the SQL):
%1</source>
        <translation>Die Datenbank weicht von dem ab, was ihre Migrationen aufbauen (Datenbank &gt; Schemas vergleichen… zeigt das SQL):
%1</translation>
    </message>
    <message>
        <source>&amp;Python for Steps Retort Cannot Render…</source>
        <translation>P&amp;ython für Schritte, die Retort nicht umsetzen kann…</translation>
    </message>
    <message>
        <source>Choose the Python with Alembic that runs the steps Retort cannot render to SQL, for this project</source>
        <translation>Das Python mit Alembic wählen, das für dieses Projekt die Schritte ausführt, die Retort nicht in SQL umsetzen kann</translation>
    </message>
    <message>
        <source>Python Bridge</source>
        <translation>Python-Brücke</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Verl&amp;auf</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Every run recorded in the connected database&apos;s audit table, newest first</source>
        <translation>Jeder in der Audit-Tabelle der verbundenen Datenbank festgehaltene Lauf, der neueste zuerst</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 has no audit table yet: Retort writes one row per step from its first run on.</source>
        <translation>%1 hat noch keine Audit-Tabelle: Retort schreibt ab seinem ersten Lauf eine Zeile pro Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run step(s) recorded in %2.</source>
        <translation>
            <numerusform>%1: %n Schritt in %2 festgehalten.</numerusform>
            <numerusform>%1: %n Schritte in %2 festgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run step(s) recorded.</source>
        <translation>
            <numerusform>%1: %n Schritt festgehalten.</numerusform>
            <numerusform>%1: %n Schritte festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
    <message>
        <source> (applied %1 by %2)</source>
        <translation> (angewendet %1 von %2)</translation>
    </message>
    <message>
        <source>• %1 was edited after it was applied%2: %3</source>
        <translation>• %1 wurde nach dem Anwenden geändert%2: %3</translation>
    </message>
    <message>
        <source>• %1 is applied but its file is missing%2%3</source>
        <translation>• %1 ist angewendet, aber ihre Datei fehlt%2%3</translation>
    </message>
    <message>
        <source>Applied Revisions Changed</source>
        <translation>Angewendete Revisionen geändert</translation>
    </message>
    <message>
        <source>%1 has applied revisions whose files are not the ones that ran:

%2

Run &quot;%3&quot; anyway? The database keeps what ran; the files on disk may say otherwise. (Show Details… has the unified diff.)</source>
        <translation>%1 hat angewendete Revisionen, deren Dateien nicht die sind, die ausgeführt wurden:

%2

„%3“ trotzdem ausführen? Die Datenbank behält, was ausgeführt wurde; die Dateien auf der Platte sagen vielleicht anderes. (Details anzeigen… enthält das Unified Diff.)</translation>
    </message>
    <message>
        <source>&amp;Run Anyway</source>
        <translation>&amp;Trotzdem ausführen</translation>
    </message>
    <message>
        <source>⚠ Running although validate found:
%1</source>
        <translation>⚠ Lauf trotz dieser Befunde von validate:
%1</translation>
    </message>
    <message>
        <source>Nothing ran: applied revisions were edited or are missing.</source>
        <translation>Nichts wurde ausgeführt: angewendete Revisionen wurden geändert oder fehlen.</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>Der Plan wird erstellt…</translation>
    </message>
</context>
<context>
    <name>retort::DetailsPanel</name>
    <message>
        <source>Revision details</source>
        <translation>Revisionsdetails</translation>
    </message>
    <message>
        <source>Revision summary</source>
        <translation>Revisionsübersicht</translation>
    </message>
    <message>
        <source>Revision contents</source>
        <translation>Revisionsinhalt</translation>
    </message>
    <message>
        <source>Upgrade SQL</source>
        <translation>Upgrade-SQL</translation>
    </message>
    <message>
        <source>Downgrade SQL</source>
        <translation>Downgrade-SQL</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a revision to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Revision, um ihre Details zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Missing revision %1</source>
        <translation>Fehlende Revision %1</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Branch labels</source>
        <translation>Branch-Labels</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>branch point</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <source>merge point</source>
        <translation>Zusammenführungspunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This revision has no upgrade section.</source>
        <translation>Diese Revision hat keinen Upgrade-Abschnitt.</translation>
    </message>
    <message>
        <source>This revision has no downgrade section.</source>
        <translation>Diese Revision hat keinen Downgrade-Abschnitt.</translation>
    </message>
    <message>
        <source>This function runs no SQL.</source>
        <translation>Diese Funktion führt kein SQL aus.</translation>
    </message>
    <message>
        <source>-- This file is not valid Python:
-- %1
</source>
        <translation>-- Diese Datei ist kein gültiges Python:
-- %1
</translation>
    </message>
    <message>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Audit rows of this revision</source>
        <translation>Audit-Zeilen dieser Revision</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>-- Retort cannot render this function to SQL:
-- %1
-- A run hands this step to Alembic through the Python bridge: the first Python with Alembic among
-- %2.
</source>
        <translation>-- Retort kann diese Funktion nicht in SQL umsetzen:
-- %1
-- Ein Lauf übergibt diesen Schritt über die Python-Brücke an Alembic: das erste Python mit Alembic unter
-- %2.
</translation>
    </message>
    <message>
        <source>the project&apos;s Python (Database › Python for Steps Retort Cannot Render…)</source>
        <translation>das Python des Projekts (Datenbank › Python für Schritte, die Retort nicht umsetzen kann…)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>No audit rows for %1.</source>
        <translation>Keine Audit-Zeilen für %1.</translation>
    </message>
</context>
<context>
    <name>retort::GraphView</name>
    <message>
        <source>Revision graph</source>
        <translation>Revisionsgraph</translation>
    </message>
    <message>
        <source>Revisions newest first; arrow keys move the selection, Ctrl+wheel zooms</source>
        <translation>Revisionen, neueste zuerst; Pfeiltasten bewegen die Auswahl, Strg+Mausrad zoomt</translation>
    </message>
    <message>
        <source>This project has no revisions yet.</source>
        <translation>Dieses Projekt hat noch keine Revisionen.</translation>
    </message>
    <message>
        <source>Open a project to see its revisions.</source>
        <translation>Öffnen Sie ein Projekt, um seine Revisionen zu sehen.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
</context>
<context>
    <name>retort::HistoryModel</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stamp</source>
        <translation>Stempel</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Version rows</source>
        <translation>Versionszeilen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>retort::HistoryView</name>
    <message>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Filter (revision, user, outcome, message…)</source>
        <translation>Filtern (Revision, Benutzer, Ergebnis, Meldung…)</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Den Verlauf filtern</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>retort::MainWindow</name>
    <message>
        <source>Retort</source>
        <translation>Retort</translation>
    </message>
    <message>
        <source>Multiple heads</source>
        <translation>Mehrere Heads</translation>
    </message>
    <message>
        <source>Select Heads</source>
        <translation>Heads auswählen</translation>
    </message>
    <message>
        <source>Select all heads</source>
        <translation>Alle Heads auswählen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Search id, message or label</source>
        <translation>ID, Nachricht oder Label suchen</translation>
    </message>
    <message>
        <source>Search revisions</source>
        <translation>Revisionen durchsuchen</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <source>&amp;Copy Revision Id</source>
        <translation>Revisions-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Open Revision File</source>
        <translation>Revisionsdatei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Upgrade to Here</source>
        <translation>&amp;Upgrade bis hierher</translation>
    </message>
    <message>
        <source>Upgrade to &amp;Heads</source>
        <translation>Upgrade auf alle &amp;Heads</translation>
    </message>
    <message>
        <source>&amp;Downgrade to Here</source>
        <translation>&amp;Downgrade bis hierher</translation>
    </message>
    <message>
        <source>Downgrade &amp;One Step</source>
        <translation>Downgrade um &amp;einen Schritt</translation>
    </message>
    <message>
        <source>&amp;Stamp Here</source>
        <translation>Hier &amp;stempeln</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Heads…</source>
        <translation>Ausgewählte Heads &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;New Revision After This One…</source>
        <translation>&amp;Neue Revision nach dieser…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Date&amp;nbank</translation>
    </message>
    <message>
        <source>&amp;Revision</source>
        <translation>&amp;Revision</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Retort</source>
        <translation>&amp;Über Retort</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>%1 — Retort</source>
        <translation>%1 — Retort</translation>
    </message>
    <message>
        <source>Loaded %1 revisions in %2 ms</source>
        <translation>%1 Revisionen in %2 ms geladen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 heads — merge them into one to upgrade with &quot;head&quot;</source>
        <translation>%1 Heads — führen Sie sie zu einem zusammen, um mit „head“ zu aktualisieren</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>1 revision</source>
        <translation>1 Revision</translation>
    </message>
    <message>
        <source>%1 revisions</source>
        <translation>%1 Revisionen</translation>
    </message>
    <message>
        <source>1 head</source>
        <translation>1 Head</translation>
    </message>
    <message>
        <source>%1 heads</source>
        <translation>%1 Heads</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>current: %1</source>
        <translation>aktuell: %1</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>1 of %1</source>
        <translation>1 von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <source>Alembic configuration (alembic.ini *.ini);;All files (*)</source>
        <translation>Alembic-Konfiguration (alembic.ini *.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>About Retort</source>
        <translation>Über Retort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Retort %1&lt;/h3&gt;&lt;p&gt;A native desktop migration manager for Alembic-style revision graphs.&lt;/p&gt;&lt;p&gt;Reads Alembic projects without Python: the revision graph, its heads, branches and dependencies, and each revision&apos;s source.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Retort %1&lt;/h3&gt;&lt;p&gt;Ein nativer Desktop-Migrationsmanager für Revisionsgraphen im Stil von Alembic.&lt;/p&gt;&lt;p&gt;Liest Alembic-Projekte ohne Python: den Revisionsgraphen, seine Heads, Zweige und Abhängigkeiten sowie den Quelltext jeder Revision.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Connect to a database first (Database › Connect to Database…)</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank (Datenbank › Mit Datenbank verbinden…)</translation>
    </message>
    <message>
        <source>Open a project first; merging needs two heads or more</source>
        <translation>Öffnen Sie zuerst ein Projekt; zum Zusammenführen sind mindestens zwei Heads nötig</translation>
    </message>
    <message>
        <source>Co&amp;mpare Schemas…</source>
        <translation>Schemas ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
</context>
<context>
    <name>retort::PasswordStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort nicht löschen: %1</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar.</translation>
    </message>
</context>
<context>
    <name>retort::PlanDialog</name>
    <message>
        <source>Plan steps</source>
        <translation>Planschritte</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Schrittdetails</translation>
    </message>
    <message>
        <source>SQL of the step</source>
        <translation>SQL des Schritts</translation>
    </message>
    <message>
        <source>Offline script of the whole run</source>
        <translation>Offline-Skript des ganzen Laufs</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Step SQL</source>
        <translation>Schritt-SQL</translation>
    </message>
    <message>
        <source>Full Script</source>
        <translation>Gesamtes Skript</translation>
    </message>
    <message>
        <source>&amp;Purge: delete every row of the version table first (for a table that names revisions this project does not have)</source>
        <translation>&amp;Bereinigen: zuerst alle Zeilen der Versionstabelle löschen (für eine Tabelle, die Revisionen nennt, die es in diesem Projekt nicht gibt)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;%n step(s): version rows (%3) → (%4)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;%n Schritt: Versionszeilen (%3) → (%4)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;%n Schritte: Versionszeilen (%3) → (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Purge: every row of the version table is deleted first.</source>
        <translation>&lt;br&gt;Bereinigen: Zuerst werden alle Zeilen der Versionstabelle gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive statement(s): data can be lost once the run commits. Read the warnings of the marked steps.</source>
        <translation>
            <numerusform>%n destruktive Anweisung: Sobald der Lauf festgeschrieben ist, können Daten verloren gehen. Lesen Sie die Warnungen der markierten Schritte.</numerusform>
            <numerusform>%n destruktive Anweisungen: Sobald der Lauf festgeschrieben ist, können Daten verloren gehen. Lesen Sie die Warnungen der markierten Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the database is already there.</source>
        <translation>Nichts zu tun: Die Datenbank ist bereits auf diesem Stand.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c03020&apos;&gt;&lt;b&gt;Cannot run&lt;/b&gt; (%1):&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c03020&apos;&gt;&lt;b&gt;Nicht ausführbar&lt;/b&gt; (%1):&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c03020&apos;&gt;&lt;b&gt;Warnings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p style=&apos;color:#c03020&apos;&gt;&lt;b&gt;Warnungen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Changes&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Änderungen&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No SQL: only the version table changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein SQL: Nur die Versionstabelle ändert sich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Version table&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Versionstabelle&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;no change&lt;/li&gt;</source>
        <translation>&lt;li&gt;keine Änderung&lt;/li&gt;</translation>
    </message>
    <message>
        <source>%1: cannot run (%2:%3): %4</source>
        <translation>%1: nicht ausführbar (%2:%3): %4</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Some steps cannot run, so the plan cannot be dry-run either.</source>
        <translation>Einige Schritte können nicht laufen, daher ist auch kein Probelauf des Plans möglich.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) cannot run, so this plan cannot be run; see each step for the file, line and reason.</source>
        <translation>
            <numerusform>%n Schritt kann nicht laufen, daher kann dieser Plan nicht ausgeführt werden; Datei, Zeile und Grund stehen beim Schritt.</numerusform>
            <numerusform>%n Schritte können nicht laufen, daher kann dieser Plan nicht ausgeführt werden; Datei, Zeile und Grund stehen bei jedem Schritt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) run with Alembic through the Python bridge, each in a transaction of its own: what runs before such a step is committed first. Python: %1.</source>
        <translation>
            <numerusform>%n Schritt läuft mit Alembic über die Python-Brücke, in einer eigenen Transaktion: Was vor einem solchen Schritt läuft, wird zuerst festgeschrieben. Python: %1.</numerusform>
            <numerusform>%n Schritte laufen mit Alembic über die Python-Brücke, jeder in einer eigenen Transaktion: Was vor einem solchen Schritt läuft, wird zuerst festgeschrieben. Python: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Runs with Alembic through the Python bridge&lt;/b&gt;: Retort cannot render it (%1).&lt;br&gt;Python: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Läuft mit Alembic über die Python-Brücke&lt;/b&gt;: Retort kann ihn nicht umsetzen (%1).&lt;br&gt;Python: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;I have read the warnings and want to run these destructive statements</source>
        <translation>&amp;Ich habe die Warnungen gelesen und will diese destruktiven Anweisungen ausführen</translation>
    </message>
</context>
<context>
    <name>retort::PlanStepModel</name>
    <message>
        <source>cannot run: %1</source>
        <translation>nicht ausführbar: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>retort::ProfileOverlay</name>
    <message>
        <source>%1: reading…</source>
        <translation>%1: wird gelesen…</translation>
    </message>
    <message>
        <source>%1: cannot connect</source>
        <translation>%1: keine Verbindung</translation>
    </message>
    <message>
        <source>%1: at a revision this project does not have</source>
        <translation>%1: auf einer Revision, die dieses Projekt nicht hat</translation>
    </message>
    <message>
        <source>%1: at heads</source>
        <translation>%1: auf den Heads</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n behind heads</source>
        <translation>
            <numerusform>%1: %n hinter den Heads</numerusform>
            <numerusform>%1: %n hinter den Heads</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain service is available (%1): connect with this profile once to enter its password.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1): einmal mit diesem Profil verbinden, um sein Passwort einzugeben.</translation>
    </message>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Im Schlüsselbund ist kein Passwort für %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no version rows</source>
        <translation>keine Versionszeilen</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
</context>
<context>
    <name>retort::PythonBridgeDialog</name>
    <message>
        <source>the project&apos;s Python setting</source>
        <translation>die Python-Einstellung des Projekts</translation>
    </message>
    <message>
        <source>Python for Steps Retort Cannot Render</source>
        <translation>Python für Schritte, die Retort nicht umsetzen kann</translation>
    </message>
    <message>
        <source>Retort runs the steps it cannot render to SQL with Alembic itself, through a Python that has Alembic and SQLAlchemy installed. Choose one for this project, or leave the field empty to look for one.</source>
        <translation>Retort führt die Schritte, die es nicht in SQL umsetzen kann, mit Alembic selbst aus, über ein Python, in dem Alembic und SQLAlchemy installiert sind. Wählen Sie eines für dieses Projekt, oder lassen Sie das Feld leer, damit danach gesucht wird.</translation>
    </message>
    <message>
        <source>Python for steps Retort cannot render</source>
        <translation>Python für Schritte, die Retort nicht umsetzen kann</translation>
    </message>
    <message>
        <source>Look for one (see below)</source>
        <translation>Danach suchen (siehe unten)</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Look for the Python as a run would, and say which Alembic it has</source>
        <translation>Das Python so suchen, wie ein Lauf es tut, und anzeigen, welches Alembic es hat</translation>
    </message>
    <message>
        <source>Where Retort looks, in this order; the first place that names a Python is used. The command line looks in the same places, with --python in place of this setting. A Python named in one of the first three places must run Alembic; the others are skipped when they cannot.</source>
        <translation>Hier sucht Retort, in dieser Reihenfolge; der erste Ort, der ein Python nennt, wird verwendet. Die Befehlszeile sucht an denselben Orten, mit --python anstelle dieser Einstellung. Ein Python, das an einem der ersten drei Orte genannt ist, muss Alembic ausführen können; die anderen werden übersprungen, wenn sie es nicht können.</translation>
    </message>
    <message>
        <source>Search order</source>
        <translation>Suchreihenfolge</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Python there now</source>
        <translation>Python dort derzeit</translation>
    </message>
    <message>
        <source>This setting</source>
        <translation>Diese Einstellung</translation>
    </message>
    <message>
        <source>The environment variable %1</source>
        <translation>Die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>retort_python in %1</source>
        <translation>retort_python in %1</translation>
    </message>
    <message>
        <source>.venv/bin/python next to %1</source>
        <translation>.venv/bin/python neben %1</translation>
    </message>
    <message>
        <source>venv/bin/python next to %1</source>
        <translation>venv/bin/python neben %1</translation>
    </message>
    <message>
        <source>python3 on PATH</source>
        <translation>python3 im PATH</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>none: no Python bridge</source>
        <translation>none: keine Python-Brücke</translation>
    </message>
    <message>
        <source>The Python a run uses</source>
        <translation>Das Python, das ein Lauf verwendet</translation>
    </message>
    <message>
        <source>Choose a Python</source>
        <translation>Ein Python wählen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Found Alembic %1 (SQLAlchemy %2) in %3, chosen by %4.</source>
        <translation>Alembic %1 (SQLAlchemy %2) gefunden in %3, gewählt über %4.</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No Python with Alembic was found: plans with steps Retort cannot render are refused.</source>
        <translation>Es wurde kein Python mit Alembic gefunden: Pläne mit Schritten, die Retort nicht umsetzen kann, werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>retort::RevisionMessageDialog</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Branch label</source>
        <translation>Branch-Label</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Branch label:</source>
        <translation>&amp;Branch-Label:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>A branch label is one word: letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;.</source>
        <translation>Ein Branch-Label ist ein einzelnes Wort: Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>retort::RevisionModel</name>
    <message>
        <source>(missing revision)</source>
        <translation>(fehlende Revision)</translation>
    </message>
    <message>
        <source>Missing revision %1</source>
        <translation>Fehlende Revision %1</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Branch labels</source>
        <translation>Branch-Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>retort::RunProgressDialog</name>
    <message>
        <source>Running: %1</source>
        <translation>Ausführung: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll des Laufs</translation>
    </message>
    <message>
        <source>Step %1, statement %2: %3</source>
        <translation>Schritt %1, Anweisung %2: %3</translation>
    </message>
    <message>
        <source>Started at %1.</source>
        <translation>Gestartet um %1.</translation>
    </message>
    <message>
        <source>Cancelling: the running statement is cancelled and the run rolls back…</source>
        <translation>Abbruch: Die laufende Anweisung wird abgebrochen und der Lauf zurückgerollt…</translation>
    </message>
    <message>
        <source>Elapsed: %1 s</source>
        <translation>Verstrichen: %1 s</translation>
    </message>
    <message>
        <source>Dry run finished: rolled back.</source>
        <translation>Probelauf beendet: zurückgerollt.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled: the run was rolled back.</source>
        <translation>Abgebrochen: Der Lauf wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Failed: the failed transaction was rolled back.</source>
        <translation>Fehlgeschlagen: Die fehlgeschlagene Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>retort::RunWorker</name>
    <message>
        <source>Running %1</source>
        <translation>Führe %1 aus</translation>
    </message>
    <message>
        <source>  statement %1 done (%2 ms)</source>
        <translation>  Anweisung %1 erledigt (%2 ms)</translation>
    </message>
    <message>
        <source>Committed step %1.</source>
        <translation>Schritt %1 festgeschrieben.</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Festgeschrieben.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Zurückgerollt.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Cancelled before anything ran.</source>
        <translation>Abgebrochen, bevor etwas ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Dry run: every step runs in one transaction that is rolled back.</source>
        <translation>Probelauf: Alle Schritte laufen in einer Transaktion, die zurückgerollt wird.</translation>
    </message>
    <message>
        <source>One transaction per step.</source>
        <translation>Eine Transaktion pro Schritt.</translation>
    </message>
    <message>
        <source>One transaction for the whole run.</source>
        <translation>Eine Transaktion für den ganzen Lauf.</translation>
    </message>
    <message>
        <source>Dry run finished in %1 step(s); everything was rolled back.</source>
        <translation>Probelauf nach %1 Schritt(en) beendet; alles wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Done: %1 step(s) committed.</source>
        <translation>Fertig: %1 Schritt(e) festgeschrieben.</translation>
    </message>
</context>
<context>
    <name>retort::SchemaDiffModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destruktiv</translation>
    </message>
    <message>
        <source>rewrites table</source>
        <translation>schreibt Tabelle neu</translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation>Sperre %1</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Enum types</source>
        <translation>Enum-Typen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Domain constraints</source>
        <translation>Domänen-Constraints</translation>
    </message>
    <message>
        <source>Composite types</source>
        <translation>Zusammengesetzte Typen</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Sequence owners</source>
        <translation>Sequenzbesitzer</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Other objects</source>
        <translation>Andere Objekte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive</source>
        <translation>
            <numerusform>%n destruktiv</numerusform>
            <numerusform>%n destruktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Kennzeichen</translation>
    </message>
</context>
<context>
    <name>retort::SchemaTab</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>no schema changes</source>
        <translation>keine Schemaänderungen</translation>
    </message>
    <message>
        <source>(not in a table)</source>
        <translation>(in keiner Tabelle)</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destruktiv</translation>
    </message>
    <message>
        <source>rewrites the table</source>
        <translation>schreibt die Tabelle neu</translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation>Sperre %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <source>DDL before</source>
        <translation>DDL vorher</translation>
    </message>
    <message>
        <source>DDL after</source>
        <translation>DDL nachher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Opens a dry run on the database when shown: every step runs in a transaction that is rolled back.</source>
        <translation>Startet beim Anzeigen einen Probelauf auf der Datenbank: Jeder Schritt läuft in einer Transaktion, die zurückgerollt wird.</translation>
    </message>
    <message>
        <source>Computing… (a dry run on the database, rolled back)</source>
        <translation>Wird berechnet… (ein Probelauf auf der Datenbank, zurückgerollt)</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed.
%1</source>
        <translation>Der Probelauf ist fehlgeschlagen; es wurde nichts geändert.
%1</translation>
    </message>
    <message>
        <source>From a dry run on the database (rolled back).</source>
        <translation>Aus einem Probelauf auf der Datenbank (zurückgerollt).</translation>
    </message>
    <message numerus="yes">
        <source>From a dry run on the database (rolled back). %n step(s) cannot run inside a transaction: predicted from their operations, not run.</source>
        <translation>
            <numerusform>Aus einem Probelauf auf der Datenbank (zurückgerollt). %n Schritt kann nicht in einer Transaktion laufen: aus seinen Operationen vorhergesagt, nicht ausgeführt.</numerusform>
            <numerusform>Aus einem Probelauf auf der Datenbank (zurückgerollt). %n Schritte können nicht in einer Transaktion laufen: aus ihren Operationen vorhergesagt, nicht ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>(predicted, not run)</source>
        <translation>(vorhergesagt, nicht ausgeführt)</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
</context>
</TS>
