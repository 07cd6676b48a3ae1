<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>Account {name}</translation>
    </message>
    <message>
        <source>(not an employee)</source>
        <translation>(geen medewerker)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Wachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Tell the person their password; they can change it under Accounts.</source>
        <translation>Geef de persoon het wachtwoord door; hij of zij kan het wijzigen onder Accounts.</translation>
    </message>
</context>
<context>
    <name>AccountsList</name>
    <message>
        <source>New password…</source>
        <translation>Nieuw wachtwoord…</translation>
    </message>
    <message>
        <source>Switch off / on</source>
        <translation>Uit- / aanzetten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Laatst aangemeld</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>uitgezet</translation>
    </message>
    <message>
        <source>waits until {time} after wrong attempts</source>
        <translation>wacht tot {time} na foute pogingen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>Switch off the account of {name}? They can no longer sign in.</source>
        <translation>Het account van {name} uitzetten? Deze persoon kan zich dan niet meer aanmelden.</translation>
    </message>
    <message>
        <source>Switch the account of {name} on again?</source>
        <translation>Het account van {name} weer aanzetten?</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>My account: {name}</source>
        <translation>Mijn account: {name}</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Set my PIN…</source>
        <translation>Mijn pincode instellen…</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Nieuwer</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Ouder ▶</translation>
    </message>
    <message>
        <source>Only the owner can see the audit trail.</source>
        <translation>Alleen de eigenaar kan het logboek inzien.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Record number…</source>
        <translation>Nummer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Names and other personal text are never kept in the trail: it only shows that they were changed. Times are on this computer&apos;s clock.</source>
        <translation>Namen en andere persoonlijke tekst komen nooit in het logboek: het laat alleen zien dat ze gewijzigd zijn. Tijden volgens de klok van deze computer.</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Kies een regel om hem helemaal te zien.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Geen regels gevonden bij deze filters.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} of {total}, newest first</source>
        <translation>Regels {first}–{last} van {total}, nieuwste eerst</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Elke handeling</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>CSV voor Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>{n} entries written to {file}.</source>
        <translation>{n} regels geschreven naar {file}.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup made and checked: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Details are in {log}.</source>
        <translation type="unfinished">Er ging iets onverwachts mis ({kind}). De details staan in {log}.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>fails its check: cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups by hand and those made before an upgrade or a restore are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a shared server: it is backed up on the server itself (for example with pg_dump), not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of this database are kept in {folder}. While wplstudio runs it makes one every day, checks every copy, and keeps as many as set below. Newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {when}?

Everything changed since then is replaced by what the backup holds. The database as it is now is first kept as a backup (&quot;before a restore&quot;), so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate {task} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Search a name, team or certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expired certificate, or one without a date, does not count as deployable anywhere until it is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished">Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Team</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished">Certificaat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>NO DATE — does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED {n} days ago — does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} certificates need attention, {bad} of them do not count now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Coverage per core task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployability over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts count the whole company, so they are for the owner, managers and mentors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedPage</name>
    <message>
        <source>This part is not for your role ({role}). Ask the owner or the manager if you need it.</source>
        <translation>Dit onderdeel is niet voor uw rol ({role}). Vraag de eigenaar of de werkplaatschef als u het nodig hebt.</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>This part of wplstudio is not there yet.</source>
        <translation>Dit onderdeel van wplstudio is er nog niet.</translation>
    </message>
    <message>
        <source>Coming here:
{what}</source>
        <translation>Hier komt straks:
{what}</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>This is the demo company: try everything, it is not your real data.</source>
        <translation>Dit is het demobedrijf: probeer alles uit, het zijn niet uw echte gegevens.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
</context>
<context>
    <name>CoreTasksList</name>
    <message>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>New core task</source>
        <translation>Nieuwe kerntaak</translation>
    </message>
    <message>
        <source>Core task {name}</source>
        <translation>Kerntaak {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>{n} core tasks</source>
        <translation>{n} kerntaken</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>New employee</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>Employee {name}</source>
        <translation>Medewerker {name}</translation>
    </message>
    <message>
        <source>e.g. van, de, van der</source>
        <translation>bijv. van, de, van der</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <source>has left or will leave on</source>
        <translation>uit dienst per</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Uit dienst</translation>
    </message>
</context>
<context>
    <name>EmployeesTab</name>
    <message>
        <source>Show former employees</source>
        <translation>Oud-medewerkers tonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>in dienst</translation>
    </message>
    <message>
        <source>left</source>
        <translation>uit dienst</translation>
    </message>
    <message>
        <source>{n} employees shown</source>
        <translation>{n} medewerkers getoond</translation>
    </message>
</context>
<context>
    <name>FirstOwnerDialog</name>
    <message>
        <source>Create the owner account</source>
        <translation>Account van de eigenaar maken</translation>
    </message>
    <message>
        <source>Welcome to wplstudio. First make the account of the company&apos;s owner. The owner can do everything and later makes the accounts of the others: the manager, mentors, employees and the shop screen.</source>
        <translation>Welkom bij wplstudio. Maak eerst het account van de eigenaar van het bedrijf. De eigenaar mag alles en maakt later de accounts van de anderen: de werkplaatschef, mentoren, medewerkers en het scherm in de werkplaats.</translation>
    </message>
    <message>
        <source>e.g. Jan de Vries</source>
        <translation>bijv. Jan de Vries</translation>
    </message>
    <message>
        <source>e.g. jan</source>
        <translation>bijv. jan</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Wachtwoord (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Maken en aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>FunctionsTab</name>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>New function</source>
        <translation>Nieuwe functie</translation>
    </message>
    <message>
        <source>Function {name}</source>
        <translation>Functie {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <source>Letters (I L U O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change (optional, kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training target…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {name} — {task}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded for this cell yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>{n} getoond</translation>
    </message>
    <message>
        <source>Remove {name}? This cannot be undone.</source>
        <translation>{name} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>The screen is locked</source>
        <translation>Het scherm is vergrendeld</translation>
    </message>
    <message>
        <source>{name}, type your password or PIN to go on. Someone else? Choose Sign in as someone else.</source>
        <translation>{name}, typ uw wachtwoord of pincode om verder te gaan. Iemand anders? Kies Aanmelden als iemand anders.</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Wachtwoord of pincode</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Aanmelden als iemand anders</translation>
    </message>
</context>
<context>
    <name>LockSetting</name>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Lock the screen when nobody used it for</source>
        <translation>Scherm vergrendelen als niemand het gebruikte gedurende</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen lezen</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Search a name, team or task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the timetable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the function profiles and the coverage targets. Mentors: who can teach the task, own team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level and date per person and task. Red: the date has passed and the level is not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished">Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Team</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">Taak</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>below the profile of the function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few deployable in {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few deployable company-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few who can teach in {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few who can teach company-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody can teach this yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n} trainees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} training needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lines on the timetable, {late} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Task landscape</source>
        <translation>Takenlandschap</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Privacy (AVG)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set my PIN</source>
        <translation>Mijn pincode instellen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New PIN (4 to 6 digits)</source>
        <translation>Nieuwe pincode (4 tot 6 cijfers)</translation>
    </message>
    <message>
        <source>With the PIN you confirm sign-offs and unlock the screen quickly.</source>
        <translation>Met de pincode bevestigt u aftekeningen en ontgrendelt u snel het scherm.</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Keep the personal data of people who left for</source>
        <translation>Persoonsgegevens van oud-medewerkers bewaren gedurende</translation>
    </message>
    <message>
        <source>after their last working day (in the Netherlands commonly 24 months).</source>
        <translation>na hun laatste werkdag (in Nederland meestal 24 maanden).</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Over de bewaartermijn heen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Uit dienst op</translation>
    </message>
    <message>
        <source>To be erased since</source>
        <translation>Te wissen sinds</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Anonymise {name}? The name and education are replaced by a number everywhere, also in the backups. Team, function and dates stay, so the company&apos;s figures stay right. This cannot be undone.</source>
        <translation>{name} anonimiseren? Naam en opleiding worden overal vervangen door een nummer, ook in de back-ups. Team, functie en datums blijven, zodat de cijfers van het bedrijf blijven kloppen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Everything about one person (right of access)</source>
        <translation>Alles over één persoon (recht op inzage)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Opslaan als JSON…</translation>
    </message>
    <message>
        <source>Save personal data</source>
        <translation>Persoonsgegevens opslaan</translation>
    </message>
    <message>
        <source>{n} people left longer ago than the retention period. Anonymise them, or keep them for a reason you can explain.</source>
        <translation>{n} mensen zijn langer dan de bewaartermijn uit dienst. Anonimiseer ze, of bewaar ze om een reden die u kunt uitleggen.</translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Niemand is over de bewaartermijn heen.</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (uit dienst)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Nieuw wachtwoord voor {name}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Their PIN is cleared and any waiting time after wrong attempts is lifted.</source>
        <translation>De pincode wordt gewist en een eventuele wachttijd na foute pogingen vervalt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Meld u aan met uw eigen gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Training target {task} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>Task {name}</source>
        <translation>Taak {name}</translation>
    </message>
    <message>
        <source>This is a certificate that expires</source>
        <translation>Dit is een certificaat dat verloopt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Waarom het ertoe doet</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
</context>
<context>
    <name>TasksList</name>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>yes, {n} months</source>
        <translation>ja, {n} maanden</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>{n} taken</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nieuw team</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Team {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>What needs attention today: expiring certificates, sign-offs waiting, overdue follow-up actions.</source>
        <translation>Wat vandaag aandacht vraagt: certificaten die verlopen, modules die wachten op aftekenen, vervolgacties die te laat zijn.</translation>
    </message>
    <message>
        <source>Planning board</source>
        <translation>Planbord</translation>
    </message>
    <message>
        <source>Who works on which job this week, with learners paired to mentors and time set aside for learning.</source>
        <translation>Wie deze week aan welke klus werkt, met leerlingen naast hun mentor en tijd gereserveerd om te leren.</translation>
    </message>
    <message>
        <source>Deployability matrix</source>
        <translation>Inzetbaarheidsmatrix</translation>
    </message>
    <message>
        <source>Onboarding &amp; mentors</source>
        <translation>Inwerken &amp; mentoren</translation>
    </message>
    <message>
        <source>Onboarding programs per function, a mentor per trainee, and modules signed off by both.</source>
        <translation>Inwerkprogramma&apos;s per functie, een mentor per nieuwe collega, en modules die ze samen aftekenen.</translation>
    </message>
    <message>
        <source>Development interviews</source>
        <translation>Ontwikkelgesprekken</translation>
    </message>
    <message>
        <source>Interview guides, printable forms, development plans and follow-up actions.</source>
        <translation>Gespreksleidraden, formulieren om te printen, ontwikkelplannen (POP) en vervolgacties.</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>Is the company ready for learning on the job? Ten success factors, scored and compared over time.</source>
        <translation>Is het bedrijf klaar voor werkplekleren? Tien succesfactoren, gescoord en vergeleken in de tijd.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Printable overviews: the matrix on A3, the week plan, interview forms, the quickscan result.</source>
        <translation>Overzichten om te printen: de matrix op A3, de weekplanning, gespreksformulieren, de uitslag van de quickscan.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>(set)</source>
        <translation>(ingesteld)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(gewijzigd)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation>Matrixvak</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>Niveaugeschiedenis</translation>
    </message>
    <message>
        <source>Level description</source>
        <translation>Niveauomschrijving</translation>
    </message>
    <message>
        <source>Coverage target</source>
        <translation>Streefwaarde bezetting</translation>
    </message>
    <message>
        <source>Function profile</source>
        <translation>Functieprofiel</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Entry {id} was edited outside wplstudio.</source>
        <translation>Regel {id} is buiten wplstudio om gewijzigd.</translation>
    </message>
    <message>
        <source>One or more entries just before entry {id} were removed outside wplstudio.</source>
        <translation>Een of meer regels vlak voor regel {id} zijn buiten wplstudio om verwijderd.</translation>
    </message>
    <message>
        <source>Entries were moved around outside wplstudio (first at entry {id}).</source>
        <translation>Regels zijn buiten wplstudio om verschoven (het eerst bij regel {id}).</translation>
    </message>
    <message>
        <source>The newest entries (from entry {id} on) were removed outside wplstudio.</source>
        <translation>De nieuwste regels (vanaf regel {id}) zijn buiten wplstudio om verwijderd.</translation>
    </message>
    <message>
        <source>Show the audit trail</source>
        <translation>Logboek tonen</translation>
    </message>
    <message>
        <source>The audit trail was changed outside wplstudio — tell the owner.</source>
        <translation>Het logboek is buiten wplstudio om gewijzigd — meld het aan de eigenaar.</translation>
    </message>
    <message>
        <source>Find out who had access to the database file, and restore a backup if data was changed too.</source>
        <translation>Zoek uit wie bij het databasebestand kon, en zet een back-up terug als er ook gegevens zijn gewijzigd.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>{when} · {who} · {action} {what} {record}</source>
        <translation>{when} · {who} · {what} {record} {action}</translation>
    </message>
    <message>
        <source>The audit trail could not be checked. Try again later.</source>
        <translation>Het logboek kon niet worden gecontroleerd. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Logboek wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Audit trail checked: {n} entries, intact.</source>
        <translation>Logboek gecontroleerd: {n} regels, onaangetast.</translation>
    </message>
    <message>
        <source>Audit trail NOT intact: {problem}</source>
        <translation>Logboek NIET onaangetast: {problem}</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployable (U or O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{covered} of {target}  {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people deployable on the core task&apos;s tasks, counted up to each task&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per core task against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {share:.0f}% U or O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of all cells (person × task) of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level distribution per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees in the matrix yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployable (U or O)
person × task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployability over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Details are in {log}.</source>
        <translation>Er ging iets onverwachts mis ({kind}). De details staan in {log}.</translation>
    </message>
    <message>
        <source>{path} already holds the demo company.</source>
        <translation>{path} bevat het demobedrijf al.</translation>
    </message>
    <message>
        <source>The demo company is in {path}.</source>
        <translation>Het demobedrijf staat in {path}.</translation>
    </message>
    <message>
        <source>Sign in with one of these accounts; the password of each is {password}:</source>
        <translation>Meld u aan met een van deze accounts; het wachtwoord is steeds {password}:</translation>
    </message>
    <message>
        <source>Name a view and a file: wplstudio screenshot VIEW --out FILE.png (--list shows the views).</source>
        <translation>Geef een scherm en een bestand: wplstudio screenshot SCHERM --out BESTAND.png (--list toont de schermen).</translation>
    </message>
    <message>
        <source>There is no view called {view}. These exist: {views}.</source>
        <translation>Er is geen scherm {view}. Deze bestaan: {views}.</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>{file} geschreven.</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Schema version: {revision} (newest: {newest})</source>
        <translation>Schemaversie: {revision} (nieuwste: {newest})</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Integriteit: {result}</translation>
    </message>
    <message>
        <source>Backup written to {file} ({size} kB, checked: ok).</source>
        <translation>Back-up geschreven naar {file} ({size} kB, gecontroleerd: in orde).</translation>
    </message>
    <message>
        <source>(switched off)</source>
        <translation>(uitgezet)</translation>
    </message>
    <message>
        <source>New password for {name}: </source>
        <translation>Nieuw wachtwoord voor {name}: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Hetzelfde wachtwoord nog een keer: </translation>
    </message>
    <message>
        <source>{name} has a new password; their PIN was cleared.</source>
        <translation>{name} heeft een nieuw wachtwoord; de pincode is gewist.</translation>
    </message>
    <message>
        <source>{n} entries written to {file}.</source>
        <translation>{n} regels geschreven naar {file}.</translation>
    </message>
    <message>
        <source>{shown} of {total} entries shown, newest first.</source>
        <translation>{shown} van {total} regels getoond, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Name the backup: wplstudio restore FILE (wplstudio restore --list shows them).</source>
        <translation>Geef de back-up op: wplstudio restore BESTAND (wplstudio restore --list toont ze).</translation>
    </message>
    <message>
        <source>Restored {backup} into {database}.</source>
        <translation>{backup} teruggezet in {database}.</translation>
    </message>
    <message>
        <source>The damaged database was moved aside to {path}.</source>
        <translation>De beschadigde database is opzijgezet als {path}.</translation>
    </message>
    <message>
        <source>The database as it was is kept as {path}.</source>
        <translation>De database zoals hij was, is bewaard als {path}.</translation>
    </message>
    <message>
        <source>There are no backups of {database} yet.</source>
        <translation>Er zijn nog geen back-ups van {database}.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>Employee {id} is anonymised.</source>
        <translation>Medewerker {id} is geanonimiseerd.</translation>
    </message>
    <message>
        <source>{id}	{name}	left {left}	due since {due}</source>
        <translation>{id}	{name}	uit dienst {left}	te wissen sinds {due}</translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Niemand is over de bewaartermijn heen.</translation>
    </message>
    <message>
        <source>Retention period: {months} months after leaving.</source>
        <translation>Bewaartermijn: {months} maanden na uitdiensttreding.</translation>
    </message>
</context>
<context>
    <name>education</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>vmbo</source>
        <translation>vmbo</translation>
    </message>
    <message>
        <source>mbo level 1</source>
        <translation>mbo niveau 1</translation>
    </message>
    <message>
        <source>mbo level 2</source>
        <translation>mbo niveau 2</translation>
    </message>
    <message>
        <source>mbo level 3</source>
        <translation>mbo niveau 3</translation>
    </message>
    <message>
        <source>mbo level 4</source>
        <translation>mbo niveau 4</translation>
    </message>
    <message>
        <source>havo</source>
        <translation>havo</translation>
    </message>
    <message>
        <source>vwo</source>
        <translation>vwo</translation>
    </message>
    <message>
        <source>hbo</source>
        <translation>hbo</translation>
    </message>
    <message>
        <source>university</source>
        <translation>wo (universiteit)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no screen to show the app on. Start it on a desktop, or use wplstudio screenshot VIEW --out FILE.png.</source>
        <translation>Er is geen beeldscherm om de app op te tonen. Start hem op een bureaublad, of gebruik wplstudio screenshot SCHERM --out BESTAND.png.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>A certificate needs a validity between 1 and {n} months.</source>
        <translation>Een certificaat heeft een geldigheid van 1 tot {n} maanden nodig.</translation>
    </message>
    <message>
        <source>The {field} holds an invisible control character. Type it again without it.</source>
        <translation>In de {field} staat een onzichtbaar stuurteken. Typ het opnieuw, zonder dat teken.</translation>
    </message>
    <message>
        <source>The {field} must be filled in.</source>
        <translation>Vul de {field} in.</translation>
    </message>
    <message>
        <source>The {field} may be at most {n} characters.</source>
        <translation>De {field} mag hoogstens {n} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Choose a role for the account.</source>
        <translation>Kies een rol voor het account.</translation>
    </message>
    <message>
        <source>A user name has {low} to {high} letters or digits (also . _ -), without spaces.</source>
        <translation>Een gebruikersnaam heeft {low} tot {high} letters of cijfers (ook . _ -), zonder spaties.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters. A short sentence is easy to remember.</source>
        <translation>Een wachtwoord heeft minstens {n} tekens. Een korte zin is makkelijk te onthouden.</translation>
    </message>
    <message>
        <source>A password has at most {n} characters.</source>
        <translation>Een wachtwoord heeft hoogstens {n} tekens.</translation>
    </message>
    <message>
        <source>The password may not be the same as the user name.</source>
        <translation>Het wachtwoord mag niet hetzelfde zijn als de gebruikersnaam.</translation>
    </message>
    <message>
        <source>The password holds an invisible control character. Type it again.</source>
        <translation>Het wachtwoord bevat een onzichtbaar stuurteken. Typ het opnieuw.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>A PIN has {low} to {high} digits.</source>
        <translation>Een pincode heeft {low} tot {high} cijfers.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (like 1111 or 1234). Choose other digits.</source>
        <translation>Die pincode is te makkelijk te raden (zoals 1111 of 1234). Kies andere cijfers.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Wait {seconds} seconds and try again.</source>
        <translation>Te veel foute pogingen. Wacht {seconds} seconden en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Wait {minutes} minutes and try again.</source>
        <translation>Te veel foute pogingen. Wacht {minutes} minuten en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Choose an education level from the list.</source>
        <translation>Kies een opleiding uit de lijst.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De datum uit dienst ligt voor de datum in dienst.</translation>
    </message>
    <message>
        <source>A shared server database is backed up on the server itself (for example with pg_dump), not by wplstudio.</source>
        <translation>Van een gedeelde serverdatabase maakt de server zelf de back-up (bijvoorbeeld met pg_dump), niet wplstudio.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({reason}). Nothing was changed.</source>
        <translation>De back-up kon niet worden geschreven naar {path} ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup at {path} failed its check and was set aside. The database itself may be damaged: run wplstudio check.</source>
        <translation>De back-up {path} kwam niet door de controle en is apart gezet. Misschien is de database zelf beschadigd: voer wplstudio check uit.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Er is geen back-upbestand {path}.</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} is de database zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name; wplstudio never overwrites a file.</source>
        <translation>{path} bestaat al. Kies een andere naam; wplstudio overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({reason}).</source>
        <translation>De map {folder} kan niet worden gemaakt ({reason}).</translation>
    </message>
    <message>
        <source>This database already holds a company. The demo is only put into an empty database.</source>
        <translation>Deze database bevat al een bedrijf. Het demobedrijf komt alleen in een lege database.</translation>
    </message>
    <message>
        <source>A core task named {name} already exists.</source>
        <translation>Er is al een kerntaak met de naam {name}.</translation>
    </message>
    <message>
        <source>The core task {name} still holds {count} task(s). Move or remove them first.</source>
        <translation>De kerntaak {name} heeft nog {count} taak/taken. Verplaats of verwijder die eerst.</translation>
    </message>
    <message>
        <source>That core task no longer exists; choose another.</source>
        <translation>Die kerntaak bestaat niet meer; kies een andere.</translation>
    </message>
    <message>
        <source>This core task already has a task named {name}.</source>
        <translation>Deze kerntaak heeft al een taak met de naam {name}.</translation>
    </message>
    <message>
        <source>A team named {name} already exists.</source>
        <translation>Er is al een team met de naam {name}.</translation>
    </message>
    <message>
        <source>The team {name} still has {count} employee(s). Move them to another team first.</source>
        <translation>Het team {name} heeft nog {count} medewerker(s). Zet ze eerst in een ander team.</translation>
    </message>
    <message>
        <source>A function named {name} already exists.</source>
        <translation>Er is al een functie met de naam {name}.</translation>
    </message>
    <message>
        <source>{count} employee(s) still have the function {name}. Give them another function first.</source>
        <translation>{count} medewerker(s) hebben nog de functie {name}. Geef ze eerst een andere functie.</translation>
    </message>
    <message>
        <source>That team no longer exists; choose another.</source>
        <translation>Dat team bestaat niet meer; kies een ander.</translation>
    </message>
    <message>
        <source>That function no longer exists; choose another.</source>
        <translation>Die functie bestaat niet meer; kies een andere.</translation>
    </message>
    <message>
        <source>The sheet has {count} cell(s) that cannot be read, the first at {ref}: {reason} Nothing was imported.</source>
        <translation>Het werkblad heeft {count} cel(len) die niet te lezen zijn, de eerste in {ref}: {reason} Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The matrix changed after the preview ({person}, {task}: now {level}). Nothing was imported; make the preview again.</source>
        <translation>De matrix is gewijzigd na het voorbeeld ({person}, {task}: nu {level}). Er is niets ingelezen; maak het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have removed it. Refresh the list.</source>
        <translation>Dit gegeven bestaat niet meer; misschien heeft iemand het verwijderd. Ververs de lijst.</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing. Your change was not saved; reopen the record to see the new data.</source>
        <translation>Gewijzigd door {who} om {when} terwijl u aan het bewerken was. Uw wijziging is niet opgeslagen; open het opnieuw om de nieuwe gegevens te zien.</translation>
    </message>
    <message>
        <source>Someone else just saved a record with the same name. Refresh the list and try again.</source>
        <translation>Iemand anders heeft net iets met dezelfde naam opgeslagen. Ververs de lijst en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade, which cannot be done while it is opened read-only. Close it on the other PC first.</source>
        <translation>De database {path} moet worden bijgewerkt, en dat kan niet zolang hij alleen-lezen open is. Sluit hem eerst op de andere pc.</translation>
    </message>
    <message>
        <source>The database address {url} is not understood. Use a file path, or postgresql+psycopg://user@host/database.</source>
        <translation>Het database-adres {url} wordt niet begrepen. Gebruik een bestandsnaam, of postgresql+psycopg://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder or create it first.</source>
        <translation>De map {folder} bestaat niet. Kies een bestaande map of maak hem eerst aan.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the name of a file.</source>
        <translation>{path} is een map, geen databasebestand. Geef de naam van een bestand.</translation>
    </message>
    <message>
        <source>wplstudio may not write in the folder {folder}. Choose a folder where you may save files.</source>
        <translation>wplstudio mag niet schrijven in de map {folder}. Kies een map waarin u bestanden mag opslaan.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Het bestand {path} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is not a wplstudio database. Nothing was changed; choose another file.</source>
        <translation>Het bestand {path} is geen wplstudio-database. Er is niets veranderd; kies een ander bestand.</translation>
    </message>
    <message>
        <source>The file {path} is read-only. Make it writable, or copy it to a folder of your own, and open it again.</source>
        <translation>Het bestand {path} is alleen-lezen. Maak het schrijfbaar, of kopieer het naar een eigen map, en open het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of wplstudio (schema {revision}). Install the newer version; this file was not touched.</source>
        <translation>De database {path} is gemaakt door een nieuwere versie van wplstudio (schema {revision}). Installeer die nieuwere versie; dit bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <source>The database {path} holds tables of another program. wplstudio will not change it; choose another file.</source>
        <translation>De database {path} bevat tabellen van een ander programma. wplstudio verandert hem niet; kies een ander bestand.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. It was not changed. Restore the newest backup (wplstudio restore FILE) or ask for help.</source>
        <translation>De database {path} is beschadigd. Er is niets aan veranderd. Zet de nieuwste back-up terug of vraag om hulp.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({reason}).</source>
        <translation>De database {path} kan niet worden geopend ({reason}).</translation>
    </message>
    <message>
        <source>The database server {url} cannot be reached. Check that the server runs and the address is right.</source>
        <translation>De databaseserver {url} is niet bereikbaar. Controleer of de server draait en het adres klopt.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded to this version of wplstudio ({reason}). It was left as it was; a copy from before the upgrade is at {backup}.</source>
        <translation>De database {path} kon niet worden bijgewerkt naar deze versie van wplstudio ({reason}). Hij is gebleven zoals hij was; een kopie van voor het bijwerken staat in {backup}.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was saved. Details are in {log}.</source>
        <translation>Er ging iets onverwachts mis ({kind}). Er is niets opgeslagen. De details staan in {log}.</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}.</source>
        <translation>Het plaatje kon niet worden geschreven naar {path}.</translation>
    </message>
    <message>
        <source>There is no account with the user name {name}.</source>
        <translation>Er is geen account met de gebruikersnaam {name}.</translation>
    </message>
    <message>
        <source>{text} is not a date. Write it as 2026-03-31 or 31-03-2026.</source>
        <translation>{text} is geen datum. Schrijf hem als 31-03-2026 of 2026-03-31.</translation>
    </message>
    <message>
        <source>{problem} To open it there anyway, add {flag}.</source>
        <translation>{problem} Wilt u hem daar toch openen, voeg dan {flag} toe.</translation>
    </message>
    <message>
        <source>A level is a whole number from 0 to 4.</source>
        <translation>Een niveau is een heel getal van 0 tot en met 4.</translation>
    </message>
    <message>
        <source>The {field} target is a whole number from 0 to {n}.</source>
        <translation>De streefwaarde {field} is een heel getal van 0 tot en met {n}.</translation>
    </message>
    <message>
        <source>Someone who can teach a task can also do it, so ask for at least as many deployable people ({n}) as teachers.</source>
        <translation>Wie een taak kan leren aan anderen, kan hem ook zelf: vraag dus minstens zoveel inzetbare mensen ({n}) als opleiders.</translation>
    </message>
    <message>
        <source>A required level is a whole number from 1 to 4.</source>
        <translation>Een vereist niveau is een heel getal van 1 tot en met 4.</translation>
    </message>
    <message>
        <source>As {role} you may not {operation} {area}.</source>
        <translation>Als {role} mag u {area} niet {operation}.</translation>
    </message>
    <message>
        <source>As {role} you may not {operation} your own {area}.</source>
        <translation>Als {role} mag u uw eigen {area} niet {operation}.</translation>
    </message>
    <message>
        <source>As {role} you may not {operation} {area} of your team or trainees.</source>
        <translation>Als {role} mag u {area} van uw team of leerlingen niet {operation}.</translation>
    </message>
    <message>
        <source>As {role} you may not {operation} {area} of other people.</source>
        <translation>Als {role} mag u {area} van anderen niet {operation}.</translation>
    </message>
    <message>
        <source>You cannot change your own role or switch off your own account. Ask the owner or another manager.</source>
        <translation>U kunt uw eigen rol niet wijzigen en uw eigen account niet uitzetten. Vraag het de eigenaar of een andere leidinggevende.</translation>
    </message>
    <message>
        <source>Only the owner may change an owner&apos;s account or make someone owner.</source>
        <translation>Alleen de eigenaar mag het account van een eigenaar wijzigen of iemand eigenaar maken.</translation>
    </message>
    <message>
        <source>The retention period must be between {low} and {high} months.</source>
        <translation>De bewaartermijn moet tussen {low} en {high} maanden liggen.</translation>
    </message>
    <message>
        <source>The number of {field} must be a whole number from 0 to {most}.</source>
        <translation>Het aantal {field} moet een heel getal van 0 tot en met {most} zijn.</translation>
    </message>
    <message>
        <source>Keep at least one automatic backup: set one of the numbers above 0.</source>
        <translation>Bewaar minstens één automatische back-up: zet een van de aantallen hoger dan 0.</translation>
    </message>
    <message>
        <source>The user name or password is not right. Try again.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Die pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This database already has an owner. Sign in with that account.</source>
        <translation>Deze database heeft al een eigenaar. Meld u aan met dat account.</translation>
    </message>
    <message>
        <source>{name} has no PIN yet. Confirm with the password, or set a PIN under Accounts.</source>
        <translation>{name} heeft nog geen pincode. Bevestig met het wachtwoord, of stel een pincode in onder Accounts.</translation>
    </message>
    <message>
        <source>That password or PIN is not right. Try again.</source>
        <translation>Dat wachtwoord of die pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the owner or the manager.</source>
        <translation>Dit account staat uit. Vraag het de eigenaar of de werkplaatschef.</translation>
    </message>
    <message>
        <source>Change your own password under My account, with your current password.</source>
        <translation>Wijzig uw eigen wachtwoord onder Mijn account, met uw huidige wachtwoord.</translation>
    </message>
    <message>
        <source>Sign in with your own account to change your password or PIN.</source>
        <translation>Meld u aan met uw eigen account om uw wachtwoord of pincode te wijzigen.</translation>
    </message>
    <message>
        <source>Your current password is not right. Nothing was changed.</source>
        <translation>Uw huidige wachtwoord klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The screen locks after {low} to {high} minutes.</source>
        <translation>Het scherm vergrendelt na {low} tot {high} minuten.</translation>
    </message>
    <message>
        <source>The user name {name} is taken. Choose another.</source>
        <translation>De gebruikersnaam {name} is al in gebruik. Kies een andere.</translation>
    </message>
    <message>
        <source>That employee no longer exists; choose another.</source>
        <translation>Die medewerker bestaat niet meer; kies een ander.</translation>
    </message>
    <message>
        <source>This employee already has an account ({name}). One account per person.</source>
        <translation>Deze medewerker heeft al een account ({name}). Eén account per persoon.</translation>
    </message>
    <message>
        <source>This is the last active owner account. Make another owner first.</source>
        <translation>Dit is het laatste actieve account van een eigenaar. Maak eerst iemand anders eigenaar.</translation>
    </message>
    <message>
        <source>Export to a .csv or a .json file; {name} is neither.</source>
        <translation>Exporteer naar een .csv- of .json-bestand; {name} is geen van beide.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({reason}). Nothing was changed.</source>
        <translation>De export kon niet worden geschreven naar {path} ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{file} is damaged or not an Excel workbook ({detail}). Open it in Excel, save it again as .xlsx and retry.</source>
        <translation>{file} is beschadigd of geen Excel-werkmap ({detail}). Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the saved Excel file.</source>
        <translation>{file} is leeg (0 bytes). Kies het opgeslagen Excel-bestand.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Er is geen bestand {file}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel file.</source>
        <translation>{file} is een map, geen Excel-bestand.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>{file} is protected with a password, so it cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it as a new file, then import that.</source>
        <translation>{file} is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Open het in Excel, haal het wachtwoord weg (Bestand &gt; Info &gt; Werkmap beveiligen), sla het op als nieuw bestand en lees dat in.</translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls, Excel 97-2003). Open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <translation>{file} is een oud Excel-bestand (.xls, Excel 97-2003). Open het in Excel en sla het op als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is a text file (perhaps CSV), not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <translation>{file} is een tekstbestand (misschien CSV), geen Excel-werkmap. Open het in Excel en sla het op als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). Choose the file Excel saved, or save it from Excel as .xlsx.</source>
        <translation>{file} is geen Excel-werkmap (.xlsx). Kies het bestand dat Excel opsloeg, of sla het vanuit Excel op als .xlsx.</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends too early or its contents do not fit together. Use an earlier copy, or open it in Excel (which may repair it) and save it again.</source>
        <translation>{file} is beschadigd: het houdt te vroeg op of de inhoud klopt niet. Gebruik een eerdere kopie, of open het in Excel (dat het misschien herstelt) en sla het opnieuw op.</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet (.ods). Save it from LibreOffice or Excel as an Excel Workbook (.xlsx).</source>
        <translation>{file} is een OpenDocument-rekenblad (.ods). Sla het vanuit LibreOffice of Excel op als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is a zip file or another Office document, not an Excel workbook (.xlsx).</source>
        <translation>{file} is een zipbestand of een ander Office-document, geen Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {mb} MB; that is far more than a matrix. Save only the matrix sheet in a new file.</source>
        <translation>{file} pakt uit tot meer dan {mb} MB; dat is veel meer dan een matrix. Sla alleen het matrixblad op in een nieuw bestand.</translation>
    </message>
    <message>
        <source>Someone else changed this cell while you were editing. Refresh and try again.</source>
        <translation>Iemand anders heeft dit vak gewijzigd terwijl u bezig was. Ververs en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{task} is not a certificate, so it has no valid-until date.</source>
        <translation>{task} is geen certificaat en heeft dus geen einddatum.</translation>
    </message>
    <message>
        <source>There is no team called {team} in the matrix. Teams: {teams}.</source>
        <translation>Er is geen team {team} in de matrix. Teams: {teams}.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing. Your change was not saved; reopen it to see the new data.</source>
        <translation>Iemand anders heeft dit gewijzigd terwijl u bezig was. Uw wijziging is niet opgeslagen; open het opnieuw om de nieuwe gegevens te zien.</translation>
    </message>
    <message>
        <source>This task already has a target for that team. Change that one instead.</source>
        <translation>Deze taak heeft al een streefwaarde voor dat team. Wijzig die.</translation>
    </message>
    <message>
        <source>Only levels 1 to 4 have a description.</source>
        <translation>Alleen de niveaus 1 tot en met 4 hebben een omschrijving.</translation>
    </message>
    <message>
        <source>The warning period is a whole number of days from 0 to 365.</source>
        <translation>De waarschuwingstermijn is een heel aantal dagen van 0 tot en met 365.</translation>
    </message>
    <message>
        <source>{path} is open in wplstudio by {user} on {host} since {since}. Close it there first.</source>
        <translation>{path} is open in wplstudio bij {user} op {host} sinds {since}. Sluit hem daar eerst.</translation>
    </message>
    <message>
        <source>{path} is in a folder that {service} keeps in sync. Syncing can damage a database file while it is in use. Move the file to a folder on this PC, or let several PCs share a database server (postgresql+psycopg://...).</source>
        <translation>{path} staat in een map die {service} synchroniseert. Synchroniseren kan een databasebestand beschadigen terwijl het in gebruik is. Zet het bestand in een map op deze pc, of laat meerdere pc&apos;s een databaseserver delen (postgresql+psycopg://...).</translation>
    </message>
    <message>
        <source>{path} is in a network folder ({place}). A database file there can get damaged when the network hiccups or two PCs write at once. Move the file to a folder on this PC, or let several PCs share a database server (postgresql+psycopg://...).</source>
        <translation>{path} staat in een netwerkmap ({place}). Een databasebestand kan daar beschadigd raken als het netwerk hapert of twee pc&apos;s tegelijk schrijven. Zet het bestand in een map op deze pc, of laat meerdere pc&apos;s een databaseserver delen (postgresql+psycopg://...).</translation>
    </message>
    <message>
        <source>Only someone who has left can be anonymised. Fill in the end date first.</source>
        <translation>Alleen iemand die uit dienst is, kan worden geanonimiseerd. Vul eerst de datum uit dienst in.</translation>
    </message>
    <message>
        <source>The connection to the database server is lost, so this was not saved. wplstudio keeps trying to reconnect; try again in a moment.</source>
        <translation>De verbinding met de databaseserver is weg, dus dit is niet opgeslagen. wplstudio blijft opnieuw verbinden; probeer het zo weer.</translation>
    </message>
    <message>
        <source>This database was opened read-only because {holder} has it open. Close it there to make changes here.</source>
        <translation>Deze database is alleen-lezen geopend omdat {holder} hem open heeft. Sluit hem daar om hier te kunnen wijzigen.</translation>
    </message>
    <message>
        <source>This database was opened read-only, so nothing can be changed.</source>
        <translation>Deze database is alleen-lezen geopend, dus er kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>The database {path} was set aside as damaged ({moved}). Restore the newest good backup, from {when}, in the app or with: wplstudio restore &quot;{backup}&quot; --database &quot;{path}&quot;</source>
        <translation>De database {path} is als beschadigd opzijgezet ({moved}). Zet de nieuwste goede back-up terug, van {when}, in de app of met: wplstudio restore &quot;{backup}&quot; --database &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>The database {path} is damaged. It was moved aside, unchanged, to {moved}. There is no good backup of it; the next start begins with an empty database. Keep the damaged file: an expert may rescue data from it.</source>
        <translation>De database {path} is beschadigd. Hij is onveranderd opzijgezet als {moved}. Er is geen goede back-up van; de volgende start begint met een lege database. Bewaar het beschadigde bestand: een deskundige kan er misschien gegevens uit redden.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. It was moved aside, unchanged, to {moved}. The newest good backup is from {when}. Restore it in the app or with: wplstudio restore &quot;{backup}&quot; --database &quot;{path}&quot;</source>
        <translation>De database {path} is beschadigd. Hij is onveranderd opzijgezet als {moved}. De nieuwste goede back-up is van {when}. Zet hem terug in de app of met: wplstudio restore &quot;{backup}&quot; --database &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>wplstudio cannot make its lock file {path} ({reason}). Choose a folder where you may save files.</source>
        <translation>wplstudio kan zijn slotbestand {path} niet maken ({reason}). Kies een map waarin u bestanden mag opslaan.</translation>
    </message>
    <message>
        <source>The backup {path} failed its check ({problem}). Nothing was restored; choose another backup.</source>
        <translation>De back-up {path} kwam niet door de controle ({problem}). Er is niets teruggezet; kies een andere back-up.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of wplstudio (schema {revision}). Install the newer version to restore it. Nothing was restored.</source>
        <translation>De back-up {path} is gemaakt door een nieuwere versie van wplstudio (schema {revision}). Installeer die nieuwere versie om hem terug te zetten. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The file {path} is not a wplstudio backup. Nothing was restored.</source>
        <translation>Het bestand {path} is geen back-up van wplstudio. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The database {path} is still open in another wplstudio or another program. Close it there first; nothing was restored.</source>
        <translation>De database {path} is nog open in een andere wplstudio of een ander programma. Sluit hem daar eerst; er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database ({reason}). Nothing was restored; check the free space on the disk.</source>
        <translation>De back-up kon niet naast de database worden gekopieerd ({reason}). Er is niets teruggezet; controleer de vrije ruimte op de schijf.</translation>
    </message>
    <message>
        <source>The copy of the backup failed its check. Nothing was restored; check the disk and try again.</source>
        <translation>De kopie van de back-up kwam niet door de controle. Er is niets teruggezet; controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Nothing was half-written: make room on the disk (or ask for help), then do it again.</source>
        <translation>De schijf is vol, dus dit is niet opgeslagen. Er is niets half geschreven: maak ruimte op de schijf (of vraag om hulp) en doe het dan opnieuw.</translation>
    </message>
    <message>
        <source>The disk could not be written, so this was not saved. Nothing was half-written. Check the disk (or the USB stick) and do it again.</source>
        <translation>Er kon niet naar de schijf worden geschreven, dus dit is niet opgeslagen. Er is niets half geschreven. Controleer de schijf (of de usb-stick) en doe het opnieuw.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it was made read-only, or is damaged), so this was not saved. Close wplstudio and run wplstudio check.</source>
        <translation>Het databasebestand kan niet worden beschreven (het is alleen-lezen gemaakt, of beschadigd), dus dit is niet opgeslagen. Sluit wplstudio en voer wplstudio check uit.</translation>
    </message>
    <message>
        <source>The database turned out to be damaged, so this was not saved. Close wplstudio and run wplstudio check; restore the newest backup if it finds damage.</source>
        <translation>De database blijkt beschadigd, dus dit is niet opgeslagen. Sluit wplstudio en voer wplstudio check uit; zet de nieuwste back-up terug als het schade vindt.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>user name</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>why</source>
        <translation>uitleg waarom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>tussenvoegsel</translation>
    </message>
    <message>
        <source>education</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>datum uit dienst</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>bedrijfsnaam</translation>
    </message>
    <message>
        <source>core task name</source>
        <translation>naam van de kerntaak</translation>
    </message>
    <message>
        <source>core task</source>
        <translation>kerntaak</translation>
    </message>
    <message>
        <source>team name</source>
        <translation>teamnaam</translation>
    </message>
    <message>
        <source>function name</source>
        <translation>functienaam</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>function</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>deployable</source>
        <translation>inzetbaar</translation>
    </message>
    <message>
        <source>teachers</source>
        <translation>opleiders</translation>
    </message>
    <message>
        <source>required level</source>
        <translation>vereist niveau</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>bewaartermijn</translation>
    </message>
    <message>
        <source>daily backups</source>
        <translation>dagelijkse back-ups</translation>
    </message>
    <message>
        <source>weekly backups</source>
        <translation>wekelijkse back-ups</translation>
    </message>
    <message>
        <source>monthly backups</source>
        <translation>maandelijkse back-ups</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>geldig tot</translation>
    </message>
    <message>
        <source>warning period</source>
        <translation>waarschuwingstermijn</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>No matrix found on this sheet: no row of task names followed by rows that start with a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows above the header (title and core-task bands), not read as people: {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; is not a task; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; is read as the team, not as a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; is read as the function, not as a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; holds text, not levels (such as &quot;{text}&quot;), and is not a known task; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {col} has values but no task name in the header row; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has values but no name in column {col}; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From row {row} (&quot;{text}&quot;) on: the legend and notes, not people; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} &quot;{text}&quot; is a summary row, not a person; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} &quot;{text}&quot; is a note, not a person&apos;s name; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} &quot;{text}&quot; is read as a team heading for the rows below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} level cell(s) hold a formula; the result Excel saved with it was read (first: {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell holds a formula without a saved result (the file was not last saved by Excel). Open it in Excel or LibreOffice, save, and import again, or type the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cells are merged over level cells. Unmerge them so each cell holds one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; appears twice in the sheet (rows {first} and {row}). Keep one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;{name}&quot; appears twice in the header (columns {first} and {col}). Keep one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is larger than a matrix can be; only the first {rows} rows and {cols} columns were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a level: use -, I, L, U or O, or 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is off the scale: levels run from 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a whole level: use 0, 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell holds a date or time ({text}), not a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell holds {text}, not a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds no filled cells at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sheet called &quot;{sheet}&quot;. The workbook has: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; was not read: the matrix is on &quot;{chosen}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; left the company on {date}; row {row} is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not in the database, and a new employee needs a first and a last name; row {row} is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; could be {count} different employees with that name. Make the names different in wplstudio first (for example with a middle initial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;{name}&quot; exists under several core tasks ({cores}). Put the core task&apos;s name in the row above the task names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function &quot;{name}&quot; (row {row}) is not known; new employees get no function from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <source>not</source>
        <translation>niet</translation>
    </message>
    <message>
        <source>has not learned it</source>
        <translation>heeft het niet geleerd</translation>
    </message>
    <message>
        <source>in training</source>
        <translation>in opleiding</translation>
    </message>
    <message>
        <source>is learning it</source>
        <translation>is het aan het leren</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>onder begeleiding</translation>
    </message>
    <message>
        <source>does it with someone watching</source>
        <translation>doet het terwijl iemand meekijkt</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>zelfstandig</translation>
    </message>
    <message>
        <source>does it alone, to standard</source>
        <translation>doet het alleen, volgens de norm</translation>
    </message>
    <message>
        <source>can teach</source>
        <translation>kan opleiden</translation>
    </message>
    <message>
        <source>does it alone and can teach it</source>
        <translation>doet het alleen en kan het anderen leren</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Deployable (U+O) / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to function profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one person can do it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} employees × {tasks} tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Function: {function}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ on profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level profile for this function yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks below the level that the function {function} asks: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: no valid-until date; does not count as deployable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate EXPIRED on {date}: does not count as deployable until renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expires on {date}: renew it soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training target: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training target: {level} by {date} — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training target: {level} by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate with a validity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployable (U or O): {n} of target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can teach (O): {n} of target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  team {team}: {n} of target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single point of failure: only {name} can do this alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can teach: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} levels to {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>The lock of {host} was broken; this was written to the audit trail.</source>
        <translation>Het slot van {host} is verbroken; dit staat in het logboek.</translation>
    </message>
    <message>
        <source>wplstudio had stopped unexpectedly on this PC (open since {since}); its lock was taken over.</source>
        <translation>wplstudio was onverwacht gestopt op deze pc (open sinds {since}); het slot is overgenomen.</translation>
    </message>
</context>
<context>
    <name>open</name>
    <message>
        <source>Open it there anyway? Only do this if no other PC opens this file, and keep backups somewhere else.</source>
        <translation>Toch daar openen? Doe dit alleen als geen andere pc dit bestand opent, en bewaar back-ups ergens anders.</translation>
    </message>
    <message>
        <source>Risky place for a database</source>
        <translation>Riskante plek voor een database</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Toch openen</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>Niet openen</translation>
    </message>
    <message>
        <source>You can open it read-only: you see everything, but cannot change anything here.</source>
        <translation>U kunt hem alleen-lezen openen: u ziet alles, maar kunt hier niets wijzigen.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>If wplstudio is really closed on {host} (after a power cut, for example), you can break its lock.</source>
        <translation>Als wplstudio op {host} echt dicht is (bijvoorbeeld na een stroomstoring), kunt u het slot verbreken.</translation>
    </message>
    <message>
        <source>Break the lock…</source>
        <translation>Slot verbreken…</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>De database is in gebruik</translation>
    </message>
    <message>
        <source>Break the lock of {host}? Only do this if wplstudio is really closed there. If it still runs, both PCs write to the same file and changes get lost. This is written to the audit trail.</source>
        <translation>Het slot van {host} verbreken? Doe dit alleen als wplstudio daar echt dicht is. Draait het nog, dan schrijven beide pc&apos;s in hetzelfde bestand en gaan wijzigingen verloren. Dit komt in het logboek.</translation>
    </message>
    <message>
        <source>Break the lock?</source>
        <translation>Slot verbreken?</translation>
    </message>
    <message>
        <source>Break the lock</source>
        <translation>Slot verbreken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>employee records</source>
        <translation>medewerkergegevens</translation>
    </message>
    <message>
        <source>the task landscape</source>
        <translation>het takenlandschap</translation>
    </message>
    <message>
        <source>the company details</source>
        <translation>de bedrijfsgegevens</translation>
    </message>
    <message>
        <source>levels in the deployability matrix</source>
        <translation>niveaus in de inzetbaarheidsmatrix</translation>
    </message>
    <message>
        <source>onboarding and sign-offs</source>
        <translation>inwerken en aftekenen</translation>
    </message>
    <message>
        <source>development interviews</source>
        <translation>ontwikkelgesprekken</translation>
    </message>
    <message>
        <source>the planning board</source>
        <translation>het planbord</translation>
    </message>
    <message>
        <source>quickscan answers</source>
        <translation>antwoorden van de quickscan</translation>
    </message>
    <message>
        <source>learning activities</source>
        <translation>leeractiviteiten</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapporten</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>het logboek</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>back-ups</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <source>view</source>
        <translation>bekijken</translation>
    </message>
    <message>
        <source>change</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>aftekenen</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporteren</translation>
    </message>
    <message>
        <source>print</source>
        <translation>afdrukken</translation>
    </message>
    <message>
        <source>search</source>
        <translation>zoeken</translation>
    </message>
</context>
<context>
    <name>placement</name>
    <message>
        <source>a folder on this computer</source>
        <translation>een map op deze computer</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>een netwerkmap</translation>
    </message>
    <message>
        <source>a cloud-synced folder</source>
        <translation>een map die met de cloud synchroniseert</translation>
    </message>
    <message>
        <source>a mapped network drive</source>
        <translation>een netwerkschijf</translation>
    </message>
    <message>
        <source>a network file system</source>
        <translation>een netwerkbestandssysteem</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} has been restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database was moved aside to {path}.</source>
        <translation>De beschadigde database is opzijgezet als {path}.</translation>
    </message>
    <message>
        <source>The database as it was is kept as {path}.</source>
        <translation>De database zoals hij was, is bewaard als {path}.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from {when}, now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Changes made to your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished">voornaam</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished">tussenvoegsel</translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished">achternaam</translation>
    </message>
    <message>
        <source>team (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished">team</translation>
    </message>
    <message>
        <source>function</source>
        <translation type="unfinished">functie</translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished">datum uit dienst</translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished">opleiding</translation>
    </message>
    <message>
        <source>times changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything we keep about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company}, made on {date}. Tables that hold nothing about you are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of {name} — confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployability matrix</source>
        <translation type="unfinished">Inzetbaarheidsmatrix</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} · as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks {first}–{last} of {tasks} · employees {p1}–{p2} of {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished">Functie</translation>
    </message>
    <message>
        <source>deployable on (tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage (expired certificates do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can do it alone (U or O) / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can teach it (O) / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expired or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Deployable (U or O) / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Red frame: certificate expired — does not count as deployable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed orange frame: certificate expires within 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>werkplaatschef</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>shop screen</source>
        <translation>werkplaatsscherm</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Aangemeld: {name} ({role})</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Offline — trying again…</source>
        <translation>Geen verbinding — probeert opnieuw…</translation>
    </message>
    <message>
        <source>Read-only: {holder} has it open</source>
        <translation>Alleen lezen: {holder} heeft hem open</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen lezen</translation>
    </message>
</context>
</TS>
