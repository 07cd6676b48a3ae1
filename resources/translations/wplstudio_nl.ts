<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
</context>
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
    <name>ActionDialog</name>
    <message>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>New follow-up action</source>
        <translation>Nieuwe vervolgactie</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For the goal</source>
        <translation>Voor het doel</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Show done and dropped</source>
        <translation>Ook gedane en vervallen tonen</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{n} actions shown, {late} overdue</source>
        <translation>{n} acties getoond, {late} te laat</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Learning activity</source>
        <translation>Leeractiviteit</translation>
    </message>
    <message>
        <source>A certificate or diploma was earned</source>
        <translation>Er is een certificaat of diploma behaald</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Cost (€)</source>
        <translation>Kosten (€)</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeven door</translation>
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
        <translation>Automatische back-up gemaakt en gecontroleerd: {file}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Details are in {log}.</source>
        <translation>Er ging iets onverwachts mis ({kind}). De details staan in {log}.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>De automatische back-up is mislukt: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Deze back-up terugzetten…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>fails its check: cannot be restored</source>
        <translation>komt niet door de controle: kan niet worden teruggezet</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Automatische back-ups bewaren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Backups by hand and those made before an upgrade or a restore are never removed.</source>
        <translation>Back-ups die met de hand zijn gemaakt, of vóór bijwerken of terugzetten, worden nooit verwijderd.</translation>
    </message>
    <message>
        <source>This database is on a shared server: it is backed up on the server itself (for example with pg_dump), not here.</source>
        <translation>Deze database staat op een gedeelde server: de server maakt zelf de back-up (bijvoorbeeld met pg_dump), niet wplstudio hier.</translation>
    </message>
    <message>
        <source>The backups of this database are kept in {folder}. While wplstudio runs it makes one every day, checks every copy, and keeps as many as set below. Newest first.</source>
        <translation>De back-ups van deze database staan in {folder}. Zolang wplstudio draait, maakt het er elke dag een, controleert elke kopie en bewaart er zoveel als hieronder ingesteld. Nieuwste eerst.</translation>
    </message>
    <message>
        <source>Backup made and checked: {file}</source>
        <translation>Back-up gemaakt en gecontroleerd: {file}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?

Everything changed since then is replaced by what the backup holds. The database as it is now is first kept as a backup (&quot;before a restore&quot;), so this can be undone.</source>
        <translation>De back-up van {when} terugzetten?

Alles wat sindsdien is gewijzigd, wordt vervangen door wat in de back-up staat. De database zoals hij nu is, wordt eerst bewaard als back-up (&quot;vóór terugzetten&quot;), dus dit kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <source>Shop display</source>
        <translation>Werkplaatsscherm</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate {task} — {name}</source>
        <translation>Certificaat {task} — {name}</translation>
    </message>
    <message>
        <source>No certificate (no date)</source>
        <translation>Geen certificaat (geen datum)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Search a name, team or certificate…</source>
        <translation>Zoek een naam, team of certificaat…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Vernieuwen…</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>Waarschuwen als het verloopt binnen</translation>
    </message>
    <message>
        <source>An expired certificate, or one without a date, does not count as deployable anywhere until it is renewed.</source>
        <translation>Een verlopen certificaat, of een zonder datum, telt nergens als inzetbaar totdat het vernieuwd is.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NO DATE — does not count</source>
        <translation>GEEN DATUM — telt niet</translation>
    </message>
    <message>
        <source>EXPIRED {n} days ago — does not count</source>
        <translation>VERLOPEN, {n} dagen geleden — telt niet</translation>
    </message>
    <message>
        <source>expires in {n} days</source>
        <translation>verloopt over {n} dagen</translation>
    </message>
    <message>
        <source>{n} certificates need attention, {bad} of them do not count now</source>
        <translation>{n} certificaten vragen aandacht, {bad} daarvan tellen nu niet</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Coverage per core task</source>
        <translation>Bezetting per kerntaak</translation>
    </message>
    <message>
        <source>Levels per team</source>
        <translation>Niveaus per team</translation>
    </message>
    <message>
        <source>Deployability over time</source>
        <translation>Inzetbaarheid door de tijd</translation>
    </message>
    <message>
        <source>The charts count the whole company, so they are for the owner, managers and mentors.</source>
        <translation>De grafieken tellen het hele bedrijf, dus ze zijn voor de eigenaar, werkplaatschefs en mentoren.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
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
    <name>CompareTab</name>
    <message>
        <source>No finished scans yet.</source>
        <translation>Nog geen afgeronde scans.</translation>
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
    <name>CycleTab</name>
    <message>
        <source>A talk every</source>
        <translation>Een gesprek elke</translation>
    </message>
    <message>
        <source>the whole company</source>
        <translation>voor het hele bedrijf</translation>
    </message>
    <message>
        <source>function {name}</source>
        <translation>voor functie {name}</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>Plan on suggested date…</source>
        <translation>Plannen op voorgestelde datum…</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
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
        <source>Last talk</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suggested date</source>
        <translation>Voorgestelde datum</translation>
    </message>
    <message>
        <source>{n} people: {late} overdue, {due} due in the next two months</source>
        <translation>{n} mensen: {late} te laat, {due} binnen twee maanden aan de beurt</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today: {date}</source>
        <translation>Vandaag: {date}</translation>
    </message>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>Hier vraagt niets aandacht.</translation>
    </message>
    <message>
        <source>Open ({n} in all)</source>
        <translation>Openen ({n} in totaal)</translation>
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <source>Full screen (Esc to leave)</source>
        <translation>Volledig scherm (Esc om terug te gaan)</translation>
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
        <source>1 employee shown</source>
        <translation>1 medewerker getoond</translation>
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
    <name>FunctionProfileDialog</name>
    <message>
        <source>Level profile — {function}</source>
        <translation>Niveauprofiel — {function}</translation>
    </message>
    <message>
        <source>The level someone in this function needs for each task. Below it, the matrix shows a gap and the training needs suggest who should learn what.</source>
        <translation>Het niveau dat iemand in deze functie per taak nodig heeft. Zit iemand eronder, dan toont de matrix een tekort en stelt de opleidingsbehoefte voor wie wat moet leren.</translation>
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
        <source>Required level</source>
        <translation>Vereist niveau</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>niet vereist</translation>
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
    <name>GoalDialog</name>
    <message>
        <source>Goal of the development plan</source>
        <translation>Doel in het POP</translation>
    </message>
    <message>
        <source>(a free goal, not a task)</source>
        <translation>(een vrij doel, geen taak)</translation>
    </message>
    <message>
        <source>reached by</source>
        <translation>behalen vóór</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Task in the matrix</source>
        <translation>Taak in de matrix</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>GridTab</name>
    <message>
        <source>Letters (I L U O)</source>
        <translation>Letters (I L U O)</translation>
    </message>
    <message>
        <source>Reason for the change (optional, kept in the history)</source>
        <translation>Reden van de wijziging (mag leeg, komt in de geschiedenis)</translation>
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
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>No function</source>
        <translation>Geen functie</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle functies</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Certificate valid until…</source>
        <translation>Certificaat geldig tot…</translation>
    </message>
    <message>
        <source>Training target…</source>
        <translation>Opleidingsdoel…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide {name}</source>
        <translation>Leidraad {name}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Options (separate with ;)</source>
        <translation>Keuzes (scheiden met ;)</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>Used in {n} interview(s): saving makes version {v}.</source>
        <translation>Gebruikt in {n} gesprek(ken): opslaan maakt versie {v}.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <source>Copy…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Print blank form…</source>
        <translation>Leeg formulier printen…</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>Used in interviews</source>
        <translation>Gebruikt in gesprekken</translation>
    </message>
    <message>
        <source>Copy guide</source>
        <translation>Leidraad kopiëren</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>Naam van de kopie</translation>
    </message>
    <message>
        <source>{name} (own)</source>
        <translation>{name} (eigen)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {name} — {task}</source>
        <translation>Geschiedenis: {name} — {task}</translation>
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
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>No changes recorded for this cell yet.</source>
        <translation>Nog geen wijzigingen vastgelegd voor dit vak.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the matrix from {file}</source>
        <translation>Matrix inlezen uit {file}</translation>
    </message>
    <message>
        <source>Create the employees, tasks and teams above</source>
        <translation>De medewerkers, taken en teams hierboven aanmaken</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;: {people} employee(s) and {tasks} task(s) read; {same} cell(s) already as in the sheet.</source>
        <translation>Werkblad &quot;{sheet}&quot;: {people} medewerker(s) en {tasks} taak/taken gelezen; {same} cel(len) al zoals in het werkblad.</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Wijzigingen ({n})</translation>
    </message>
    <message>
        <source>Cannot be read ({n})</source>
        <translation>Niet te lezen ({n})</translation>
    </message>
    <message>
        <source>New ({n})</source>
        <translation>Nieuw ({n})</translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
        <translation>Overgeslagen ({n})</translation>
    </message>
    <message>
        <source>Note in each cell&apos;s history</source>
        <translation>Opmerking in de geschiedenis van elk vak</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Wat en waarom</translation>
    </message>
    <message>
        <source>{task} under {core}</source>
        <translation>{task} onder {core}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <source>The sheet names these, and wplstudio does not know them yet. Create them, or leave their cells out.</source>
        <translation>Deze staan in het werkblad, maar wplstudio kent ze nog niet. Maak ze aan, of laat hun cellen weg.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>{n} cell(s) cannot be read, the first at {ref}. Correct them in Excel, save, and import again; nothing is imported until then.</source>
        <translation>{n} cel(len) zijn niet te lezen, de eerste in {ref}. Verbeter ze in Excel, sla op en lees opnieuw in; tot dan wordt er niets ingelezen.</translation>
    </message>
    <message>
        <source>{n} cell(s) will change, all in one go.</source>
        <translation>{n} cel(len) worden gewijzigd, allemaal in één keer.</translation>
    </message>
    <message>
        <source>{n} cell(s) of new employees or tasks are left out.</source>
        <translation>{n} cel(len) van nieuwe medewerkers of taken worden weggelaten.</translation>
    </message>
    <message>
        <source>Beside the levels: {certificates} certificate date(s), {timetable} training target(s) and {coverage} coverage target(s).</source>
        <translation>Naast de niveaus: {certificates} certificaatdatum(s), {timetable} opleidingsdoel(en) en {coverage} streefwaarde(n).</translation>
    </message>
    <message>
        <source>Imported: {cells} cell(s) changed; {people} employee(s) and {tasks} task(s) created.</source>
        <translation>Ingelezen: {cells} cel(len) gewijzigd; {people} medewerker(s) en {tasks} taak/taken aangemaakt.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Inlezen klaar</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement action</source>
        <translation>Verbeteractie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Bedacht door</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Uiterlijk</translation>
    </message>
</context>
<context>
    <name>ImprovementsTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbetering</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Bedacht door</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>New improvement…</source>
        <translation>Nieuwe verbetering…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
</context>
<context>
    <name>InterviewRetentionBox</name>
    <message>
        <source>Interview contents past the retention period</source>
        <translation>Gespreksinhoud over de bewaartermijn heen</translation>
    </message>
    <message>
        <source>Erase these contents…</source>
        <translation>Deze inhoud wissen…</translation>
    </message>
    <message>
        <source>No interview is older than the retention period.</source>
        <translation>Geen enkel gesprek is ouder dan de bewaartermijn.</translation>
    </message>
    <message>
        <source>{n} interview(s) held longer ago than the retention period; the oldest: {name}, {day}.</source>
        <translation>{n} gesprek(ken) langer geleden gehouden dan de bewaartermijn; het oudste: {name}, {day}.</translation>
    </message>
    <message>
        <source>Erase interview contents</source>
        <translation>Gespreksinhoud wissen</translation>
    </message>
    <message>
        <source>Erase the answers and notes of {n} interview(s)? The dates stay; this cannot be undone.</source>
        <translation>De antwoorden en notities van {n} gesprek(ken) wissen? De datums blijven; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Not saved: {why}</source>
        <translation>Niet opgeslagen: {why}</translation>
    </message>
    <message>
        <source>Interview with {name}</source>
        <translation>Gesprek met {name}</translation>
    </message>
    <message>
        <source>Preparation by the employee</source>
        <translation>Voorbereiding door de medewerker</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {function} · {guide} (version {v}) · {day} · held by {who} · &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {function} · {guide} (versie {v}) · {day} · gevoerd door {who} · &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The contents of this interview were erased (retention period or AVG).</source>
        <translation>De inhoud van dit gesprek is gewist (bewaartermijn of AVG).</translation>
    </message>
    <message>
        <source>This guide has no preparation questions.</source>
        <translation>Deze leidraad heeft geen voorbereidingsvragen.</translation>
    </message>
    <message>
        <source>The interviewer&apos;s answers are shown once the interview has been held.</source>
        <translation>De antwoorden van de gespreksleider zijn te zien zodra het gesprek is gehouden.</translation>
    </message>
    <message>
        <source>Levels and gaps</source>
        <translation>Niveaus en tekorten</translation>
    </message>
    <message>
        <source>Last time&apos;s agreements</source>
        <translation>Afspraken van de vorige keer</translation>
    </message>
    <message>
        <source>Plan and actions</source>
        <translation>POP en acties</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Eigen notitie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>You may not see this person&apos;s levels in the matrix.</source>
        <translation>U mag de niveaus van deze persoon in de matrix niet zien.</translation>
    </message>
    <message>
        <source>(function asks {n})</source>
        <translation>(functie vraagt {n})</translation>
    </message>
    <message>
        <source>target {n}</source>
        <translation>doel {n}</translation>
    </message>
    <message>
        <source>No earlier interview.</source>
        <translation>Geen eerder gesprek.</translation>
    </message>
    <message>
        <source>Interview of {day}:</source>
        <translation>Gesprek van {day}:</translation>
    </message>
    <message>
        <source>No actions were agreed in that interview.</source>
        <translation>In dat gesprek zijn geen acties afgesproken.</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Doel toevoegen…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Actie toevoegen…</translation>
    </message>
    <message>
        <source>No goals or actions yet. Add what you agree on: every agreement an action.</source>
        <translation>Nog geen doelen of acties. Voeg toe wat u afspreekt: elke afspraak een actie.</translation>
    </message>
    <message>
        <source>Only you (and the owner) read this note. The employee never sees it, and it is never printed.</source>
        <translation>Alleen u (en de eigenaar) leest deze notitie. De medewerker ziet hem nooit, en hij wordt nooit geprint.</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Gesprek gehouden</translation>
    </message>
    <message>
        <source>Seen and agreed</source>
        <translation>Gezien en akkoord</translation>
    </message>
    <message>
        <source>Ask for a correction…</source>
        <translation>Correctie vragen…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Printen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>All answers saved ({time}).</source>
        <translation>Alle antwoorden opgeslagen ({time}).</translation>
    </message>
    <message>
        <source>Ask for a correction</source>
        <translation>Correctie vragen</translation>
    </message>
    <message>
        <source>What should be corrected?</source>
        <translation>Wat moet er verbeterd worden?</translation>
    </message>
    <message>
        <source>Reopen the interview</source>
        <translation>Gesprek heropenen</translation>
    </message>
    <message>
        <source>Why is the confirmed interview reopened? This stays on record.</source>
        <translation>Waarom wordt het bevestigde gesprek heropend? Dit wordt bewaard.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Some answers could not be saved (see the message). Close anyway and lose them?</source>
        <translation>Sommige antwoorden konden niet worden opgeslagen (zie de melding). Toch sluiten en ze kwijtraken?</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Interviews</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation>Wie is aan de beurt</translation>
    </message>
    <message>
        <source>Guides and forms</source>
        <translation>Leidraden en formulieren</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>Plan interview…</source>
        <translation>Gesprek plannen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Cancel planned</source>
        <translation>Geplande afzeggen</translation>
    </message>
    <message>
        <source>Print interview…</source>
        <translation>Gesprek printen…</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Gevoerd door</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the interview with {name} on {day}</source>
        <translation>het gesprek met {name} op {day}</translation>
    </message>
    <message>
        <source>1 interview shown</source>
        <translation>1 gesprek getoond</translation>
    </message>
    <message>
        <source>{n} interviews shown</source>
        <translation>{n} gesprekken getoond</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Job</source>
        <translation>Klus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Geschatte uren</translation>
    </message>
    <message>
        <source>Tasks needed</source>
        <translation>Nodige taken</translation>
    </message>
</context>
<context>
    <name>JobList</name>
    <message>
        <source>{planned} of {hours} h planned</source>
        <translation>{planned} van {hours} u gepland</translation>
    </message>
</context>
<context>
    <name>LearningDialog</name>
    <message>
        <source>Learning time</source>
        <translation>Leertijd</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Begeleiden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
</context>
<context>
    <name>LearningTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>On/off the job</source>
        <translation>Op/buiten werkplek</translation>
    </message>
    <message>
        <source>on the job</source>
        <translation>op de werkplek</translation>
    </message>
    <message>
        <source>off the job</source>
        <translation>buiten de werkplek</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>{n} shown · {hours} h ({on} on the job, {off} off the job) · {cost}</source>
        <translation>{n} getoond · {hours} u ({on} op de werkplek, {off} buiten de werkplek) · {cost}</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Training plan {year}</source>
        <translation>Opleidingsplan {year}</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>ManualWindow</name>
    <message>
        <source>Manual — wplstudio</source>
        <translation>Handleiding — wplstudio</translation>
    </message>
    <message>
        <source>Find in this chapter (Enter: next)</source>
        <translation>Zoeken in dit hoofdstuk (Enter: volgende)</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Hoofdstukken</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Opleidingsbehoefte</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Not practised</source>
        <translation>Niet geoefend</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Streefwaarden</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
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
        <translation>Zoek een naam, team of taak…</translation>
    </message>
    <message>
        <source>Put on the timetable…</source>
        <translation>In de opleidingsplanning zetten…</translation>
    </message>
    <message>
        <source>Change target…</source>
        <translation>Doel wijzigen…</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Opleidingsbehoefte</translation>
    </message>
    <message>
        <source>Derived from the function profiles and the coverage targets. Mentors: who can teach the task, own team first.</source>
        <translation>Afgeleid uit de functieprofielen en de streefwaarden voor bezetting. Mentoren: wie de taak kan opleiden, eigen team eerst.</translation>
    </message>
    <message>
        <source>Training timetable</source>
        <translation>Opleidingsplanning</translation>
    </message>
    <message>
        <source>Target level and date per person and task. Red: the date has passed and the level is not reached.</source>
        <translation>Doelniveau en datum per persoon en taak. Rood: de datum is voorbij en het niveau is niet gehaald.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Should reach</source>
        <translation>Moet halen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Suggested mentors</source>
        <translation>Voorgestelde mentoren</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>below the profile of the function</source>
        <translation>onder het functieprofiel</translation>
    </message>
    <message>
        <source>too few deployable in {team}</source>
        <translation>te weinig inzetbaar in {team}</translation>
    </message>
    <message>
        <source>too few deployable company-wide</source>
        <translation>te weinig inzetbaar in het bedrijf</translation>
    </message>
    <message>
        <source>too few who can teach in {team}</source>
        <translation>te weinig opleiders in {team}</translation>
    </message>
    <message>
        <source>too few who can teach company-wide</source>
        <translation>te weinig opleiders in het bedrijf</translation>
    </message>
    <message>
        <source>nobody can teach this yet</source>
        <translation>niemand kan dit nog opleiden</translation>
    </message>
    <message>
        <source>{name} ({n} trainees)</source>
        <translation>{name} ({n} leerlingen)</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> en nog {n}</translation>
    </message>
    <message>
        <source>{level} by {date}</source>
        <translation>{level} vóór {date}</translation>
    </message>
    <message>
        <source>{plan} — OVERDUE</source>
        <translation>{plan} — TE LAAT</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>onderweg</translation>
    </message>
    <message>
        <source>{n} training needs</source>
        <translation>{n} opleidingsbehoeften</translation>
    </message>
    <message>
        <source>{n} lines on the timetable, {late} overdue</source>
        <translation>{n} regels in de planning, {late} te laat</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>My trainees</source>
        <translation>Mijn leerlingen</translation>
    </message>
    <message>
        <source>Where I am</source>
        <translation>Waar ik sta</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Inwerktrajecten</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>OnboardingSettingsTab</name>
    <message>
        <source>A mentor who already has this many trainees cannot take a new one.</source>
        <translation>Een mentor die al zoveel leerlingen heeft, kan er geen nieuwe bij nemen.</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Dag toevoegen</translation>
    </message>
    <message>
        <source>Remove chosen days</source>
        <translation>Gekozen dagen weghalen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Trainees per mentor at most</source>
        <translation>Leerlingen per mentor, hoogstens</translation>
    </message>
    <message>
        <source>Company holidays</source>
        <translation>Vrije dagen van het bedrijf</translation>
    </message>
    <message>
        <source>Days the workshop is closed (for example the construction holiday, Christmas). The planned dates of onboarding modules skip them, as they skip weekends.</source>
        <translation>Dagen dat de werkplaats dicht is (bijvoorbeeld de bouwvak of kerst). De geplande datums van inwerkmodules slaan ze over, net als weekenden.</translation>
    </message>
    <message>
        <source>No company holidays yet: only weekends are skipped.</source>
        <translation>Nog geen vrije dagen van het bedrijf: alleen weekenden worden overgeslagen.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Saved. New planned dates count with these days.</source>
        <translation>Opgeslagen. Nieuwe geplande datums houden rekening met deze dagen.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>per person</source>
        <translation>per persoon</translation>
    </message>
    <message>
        <source>per team</source>
        <translation>per team</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>On the job (h)</source>
        <translation>Op de werkplek (u)</translation>
    </message>
    <message>
        <source>Off the job (h)</source>
        <translation>Buiten de werkplek (u)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(geen team)</translation>
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
    <name>PdfPreview</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Open to print</source>
        <translation>Openen om te printen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The preview of the pages needs poppler (pdftoppm). Use &quot;Open to print&quot; to see the PDF in your PDF viewer.</source>
        <translation>Voor het voorbeeld van de pagina&apos;s is poppler (pdftoppm) nodig. Kies &quot;Openen om te printen&quot; om de PDF in uw PDF-lezer te zien.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
    <name>PlanDialog</name>
    <message>
        <source>Plan an interview</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Gevoerd door</translation>
    </message>
    <message>
        <source>Date in the past</source>
        <translation>Datum in het verleden</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Draw up from the matrix</source>
        <translation>Opstellen uit de matrix</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Afvinken</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Opleidingsplan</translation>
    </message>
    <message>
        <source>{n} line(s) added from the training needs.</source>
        <translation>{n} regel(s) toegevoegd uit de opleidingsbehoefte.</translation>
    </message>
    <message>
        <source>Export the training plan</source>
        <translation>Opleidingsplan exporteren</translation>
    </message>
</context>
<context>
    <name>PracticeTab</name>
    <message>
        <source>Search a name, team or task…</source>
        <translation>Zoek een naam, team of taak…</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Verouderd na</translation>
    </message>
    <message>
        <source>Work on the planning board counts as practice. These people are at U or O on paper but have not worked on a job that needs the task for a while: plan them on one, or check the level.</source>
        <translation>Werk op het planbord telt als oefening. Deze mensen staan op U of O, maar hebben al een tijd geen klus gedaan waarvoor de taak nodig is: plan ze op zo&apos;n klus, of kijk het niveau na.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Last practised</source>
        <translation>Laatst geoefend</translation>
    </message>
    <message>
        <source>never on the board</source>
        <translation>nooit op het bord</translation>
    </message>
    <message>
        <source>{n} levels not practised for {months} months or more</source>
        <translation>{n} niveaus {months} maanden of langer niet geoefend</translation>
    </message>
</context>
<context>
    <name>PrintChoices</name>
    <message>
        <source>Print for the wall</source>
        <translation>Printen voor aan de muur</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>A3 landscape (for the wall)</source>
        <translation>A3 liggend (voor aan de muur)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
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
        <source>People who left longer ago than the retention period: {n}. Anonymise them, or keep them for a reason you can explain.</source>
        <translation>Langer uit dienst dan de bewaartermijn: {n}. Anonimiseer ze, of bewaar ze om een reden die u kunt uitleggen.</translation>
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
    <name>ProgramsTab</name>
    <message>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <source>New program…</source>
        <translation>Nieuw programma…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>Archiveren / terughalen</translation>
    </message>
    <message>
        <source>Add module…</source>
        <translation>Module toevoegen…</translation>
    </message>
    <message>
        <source>Change module…</source>
        <translation>Module wijzigen…</translation>
    </message>
    <message>
        <source>Remove module…</source>
        <translation>Module weghalen…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Foto toevoegen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Undo or redo moving, changing or removing a module (Ctrl+Z, Ctrl+Y)</source>
        <translation>Verplaatsen, wijzigen of weghalen van een module ongedaan maken of opnieuw doen (Ctrl+Z, Ctrl+Y)</translation>
    </message>
    <message>
        <source>{n} modules · {h} hours</source>
        <translation>{n} modules · {h} uur</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>No programs yet. Make one with New program.</source>
        <translation>Nog geen programma&apos;s. Maak er een met Nieuw programma.</translation>
    </message>
    <message>
        <source>{name} — {description} Used by {n} trajectories.</source>
        <translation>{name} — {description} Gebruikt in {n} trajecten.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <source>Name of the program</source>
        <translation>Naam van het programma</translation>
    </message>
    <message>
        <source>For which function?</source>
        <translation>Voor welke functie?</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>Programma kopiëren</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>Naam van de kopie</translation>
    </message>
    <message>
        <source>Remove module</source>
        <translation>Module weghalen</translation>
    </message>
    <message>
        <source>Remove the module {title} from this program?</source>
        <translation>De module {title} uit dit programma weghalen?</translation>
    </message>
    <message>
        <source>Choose a photo or sketch</source>
        <translation>Kies een foto of schets</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>A short caption (optional)</source>
        <translation>Een kort bijschrift (mag leeg)</translation>
    </message>
    <message>
        <source>move {title}</source>
        <translation>{title} verplaatsen</translation>
    </message>
    <message>
        <source>change {title}</source>
        <translation>{title} wijzigen</translation>
    </message>
    <message>
        <source>remove {title}</source>
        <translation>{title} weghalen</translation>
    </message>
</context>
<context>
    <name>QuickscanPage</name>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Door de tijd</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>This plan warns</source>
        <translation>Deze planning geeft een waarschuwing</translation>
    </message>
    <message>
        <source>Qualified and free that day:</source>
        <translation>Bevoegd en vrij die dag:</translation>
    </message>
    <message>
        <source>Plan {name} instead ({hours} h planned)</source>
        <translation>Plan in plaats daarvan {name} in ({hours} u gepland)</translation>
    </message>
    <message>
        <source>Nobody qualified is free that day.</source>
        <translation>Niemand die het kan, is die dag vrij.</translation>
    </message>
    <message>
        <source>Reason to plan anyway (kept on the card)</source>
        <translation>Reden om toch te plannen (blijft op de kaart)</translation>
    </message>
    <message>
        <source>Plan anyway</source>
        <translation>Toch plannen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Write a short reason first</source>
        <translation>Schrijf eerst een korte reden</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Printouts</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Learning register</source>
        <translation>Leerregister</translation>
    </message>
    <message>
        <source>Learning overview</source>
        <translation>Leeroverzicht</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Opleidingsplan</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Printed where the work is: the week plan on the planning board, interview forms under Development interviews, progress cards and certificates under Onboarding.</source>
        <translation>Wordt afgedrukt waar het werk is: de weekplanning op het planbord, gespreksformulieren bij Ontwikkelgesprekken, voortgangskaarten en certificaten bij Inwerken.</translation>
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
    <name>ScanEditor</name>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>Quickscan {year}</source>
        <translation>Quickscan {year}</translation>
    </message>
    <message>
        <source>Name of the scan</source>
        <translation>Naam van de scan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name of the respondent</source>
        <translation>Naam van de deelnemer</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Remove selected respondent</source>
        <translation>Gekozen deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Rows 1-10: the ten success factors (1 no, 2 hardly, 3 mostly, 4 yes, fully). Rows 11-15: basic conditions (no, partly, yes). Hover a row&apos;s name to read the question.</source>
        <translation>Rijen 1-10: de tien succesfactoren (1 nee, 2 nauwelijks, 3 grotendeels, 4 ja, helemaal). Rijen 11-15: basisvoorwaarden (nee, deels, ja). Houd de muis op de naam van een rij om de vraag te lezen.</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Opslaan als concept</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Respondent {n}</source>
        <translation>Deelnemer {n}</translation>
    </message>
</context>
<context>
    <name>ScanResult</name>
    <message>
        <source>&lt;b&gt;Basic conditions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Basisvoorwaarden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ Every basic condition is in order.</source>
        <translation>✓ Elke basisvoorwaarde is in orde.</translation>
    </message>
    <message>
        <source>Draft: no respondent has answered every question yet.</source>
        <translation>Concept: nog geen deelnemer heeft elke vraag beantwoord.</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (concept)</translation>
    </message>
    <message>
        <source>Total {total} of 40{draft}: {conclusion}</source>
        <translation>Totaal {total} van 40{draft}: {conclusion}</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Attention point: this factor scores low.</source>
        <translation>Aandachtspunt: deze factor scoort laag.</translation>
    </message>
    <message>
        <source>The answers differ here: talk about why.</source>
        <translation>Hier lopen de antwoorden uiteen: bespreek waarom.</translation>
    </message>
</context>
<context>
    <name>ScansTab</name>
    <message>
        <source>No quickscan yet. Start one with “New scan”: the owner, a manager and a few employees each answer the ten questions, then compare where you differ.</source>
        <translation>Nog geen quickscan. Begin er een met “Nieuwe scan”: de eigenaar, een werkplaatschef en een paar medewerkers beantwoorden elk de tien vragen; vergelijk daarna waar u verschilt.</translation>
    </message>
    <message>
        <source>New scan</source>
        <translation>Nieuwe scan</translation>
    </message>
    <message>
        <source>Change or finish</source>
        <translation>Wijzigen of afronden</translation>
    </message>
    <message>
        <source>Print (PDF)…</source>
        <translation>Printen (PDF)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>Save the quickscan result</source>
        <translation>Uitslag quickscan opslaan</translation>
    </message>
    <message>
        <source>Remove {name}? This cannot be undone.</source>
        <translation>{name} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation>Taal van de app:</translation>
    </message>
    <message>
        <source>The app starts in this language.</source>
        <translation>De app start in deze taal.</translation>
    </message>
    <message>
        <source>The new language takes effect when you start the app again.</source>
        <translation>De nieuwe taal werkt zodra u de app opnieuw start.</translation>
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
    <name>StepCard</name>
    <message>
        <source>✔ Done</source>
        <translation>✔ Klaar</translation>
    </message>
    <message>
        <source>○ Still to do</source>
        <translation>○ Nog te doen</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Training target {task} — {name}</source>
        <translation>Opleidingsdoel {task} — {name}</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Vóór</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Search a task or team…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Only where we are short</source>
        <translation>Alleen waar we tekortkomen</translation>
    </message>
    <message>
        <source>Targets and levels of this task…</source>
        <translation>Streefwaarden en niveaus van deze taak…</translation>
    </message>
    <message>
        <source>Level profile…</source>
        <translation>Niveauprofiel…</translation>
    </message>
    <message>
        <source>Green: target met. Amber: short, but at least half there. Red: less than half there, or nobody. Counted on valid certificates only.</source>
        <translation>Groen: streefwaarde gehaald. Oranje: tekort, maar minstens de helft er is. Rood: minder dan de helft, of niemand. Alleen geldige certificaten tellen mee.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>hele bedrijf</translation>
    </message>
    <message>
        <source>Deployable</source>
        <translation>Inzetbaar</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Kan opleiden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only one can do it</source>
        <translation>Maar één kan het</translation>
    </message>
    <message>
        <source>Who can teach</source>
        <translation>Wie kan opleiden</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>op streefwaarde</translation>
    </message>
    <message>
        <source>short</source>
        <translation>tekort</translation>
    </message>
    <message>
        <source>far short</source>
        <translation>groot tekort</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>geen streefwaarde</translation>
    </message>
    <message>
        <source>The targets count the whole company, so they are for the owner, managers and mentors.</source>
        <translation>De streefwaarden tellen het hele bedrijf, dus ze zijn voor de eigenaar, werkplaatschefs en mentoren.</translation>
    </message>
    <message>
        <source>{n} lines, {short} short</source>
        <translation>{n} regels, {short} met tekort</translation>
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
    <name>TaskTargetsDialog</name>
    <message>
        <source>Targets and levels — {task}</source>
        <translation>Streefwaarden en niveaus — {task}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Deployable (U/O)</source>
        <translation>Inzetbaar (U/O)</translation>
    </message>
    <message>
        <source>Can teach (O)</source>
        <translation>Kan opleiden (O)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Hele bedrijf</translation>
    </message>
    <message>
        <source>How many people must be able to do this task alone, and how many must be able to teach it?</source>
        <translation>Hoeveel mensen moeten deze taak zelfstandig kunnen, en hoeveel moeten hem kunnen opleiden?</translation>
    </message>
    <message>
        <source>{d} deployable, {t} can teach</source>
        <translation>{d} inzetbaar, {t} kan/kunnen opleiden</translation>
    </message>
    <message>
        <source>What each level means for this task, in your own words:</source>
        <translation>Wat elk niveau betekent voor deze taak, in uw eigen woorden:</translation>
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
    <name>TrajectoriesTab</name>
    <message>
        <source>Trainee</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Af te tekenen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Next talk</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>New trajectory…</source>
        <translation>Nieuw inwerktraject…</translation>
    </message>
    <message>
        <source>Change mentor…</source>
        <translation>Mentor wisselen…</translation>
    </message>
    <message>
        <source>Progress talk…</source>
        <translation>Voortgangsgesprek…</translation>
    </message>
    <message>
        <source>Progress card (PDF)…</source>
        <translation>Voortgangskaart (PDF)…</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Certificaat (PDF)…</translation>
    </message>
    <message>
        <source>All certificates…</source>
        <translation>Alle certificaten…</translation>
    </message>
    <message>
        <source>No trajectory yet. Start one with New trajectory.</source>
        <translation>Nog geen inwerktraject. Begin er een met Nieuw inwerktraject.</translation>
    </message>
    <message>
        <source>{trainee} · {program} · mentor {mentor} · started {start}</source>
        <translation>{trainee} · {program} · mentor {mentor} · gestart {start}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Aftekenen</translation>
    </message>
    <message>
        <source>(revoked)</source>
        <translation>(ingetrokken)</translation>
    </message>
    <message>
        <source>Revoked by {by} on {when}: {reason}</source>
        <translation>Ingetrokken door {by} op {when}: {reason}</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Write a comment and press Enter</source>
        <translation>Schrijf een opmerking en druk op Enter</translation>
    </message>
    <message>
        <source>Earlier modules are open</source>
        <translation>Eerdere modules staan open</translation>
    </message>
    <message>
        <source>These earlier modules are not signed yet: {titles}. Sign this one anyway?</source>
        <translation>Deze eerdere modules zijn nog niet afgetekend: {titles}. Deze toch aftekenen?</translation>
    </message>
    <message>
        <source>Module signed</source>
        <translation>Module afgetekend</translation>
    </message>
    <message>
        <source>Both have signed. The module is locked.</source>
        <translation>Beiden hebben afgetekend. De module staat op slot.</translation>
    </message>
    <message>
        <source>The matrix learned: {changes}</source>
        <translation>Bijgewerkt in de matrix: {changes}</translation>
    </message>
    <message>
        <source>Save the progress card</source>
        <translation>Voortgangskaart opslaan</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Certificaat opslaan</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Map voor de certificaten</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>over </source>
        <translation>over </translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> dag(en)</translation>
    </message>
    <message>
        <source> h a day</source>
        <translation> u per dag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Show and plan Saturday on the board</source>
        <translation>Zaterdag tonen en plannen op het bord</translation>
    </message>
    <message>
        <source>Print week…</source>
        <translation>Week afdrukken…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Absence…</source>
        <translation>Afwezig…</translation>
    </message>
    <message>
        <source>Keys on the board: arrows = another card · Ctrl+arrow = move the card (a day, or to the person above or below) · Enter or Menu key = its menu · Ctrl+Z = undo</source>
        <translation>Toetsen op het planbord: pijltjes = andere kaart · Ctrl+pijltje = kaart verschuiven (een dag, of naar de collega erboven of eronder) · Enter of menutoets = menu · Ctrl+Z = ongedaan maken</translation>
    </message>
    <message>
        <source>Jobs — drag onto a person and a day</source>
        <translation>Klussen — sleep naar een persoon en een dag</translation>
    </message>
    <message>
        <source>New job…</source>
        <translation>Nieuwe klus…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <source>Week {label}: {first} to {last}</source>
        <translation>Week {label}: {first} t/m {last}</translation>
    </message>
    <message>
        <source>Learning time…</source>
        <translation>Leertijd…</translation>
    </message>
    <message>
        <source>Hours…</source>
        <translation>Uren…</translation>
    </message>
    <message>
        <source>Take off the board</source>
        <translation>Van het planbord halen</translation>
    </message>
    <message>
        <source>Learning chances</source>
        <translation>Leerkansen</translation>
    </message>
    <message>
        <source>on the job</source>
        <translation>op de klus</translation>
    </message>
    <message>
        <source>free that day</source>
        <translation>vrij die dag</translation>
    </message>
    <message>
        <source>{learner} learns {task} with {mentor} ({where})</source>
        <translation>{learner} leert {task} bij {mentor} ({where})</translation>
    </message>
    <message>
        <source>End the pair</source>
        <translation>Koppel beëindigen</translation>
    </message>
    <message>
        <source>Remove this absence</source>
        <translation>Deze afwezigheid verwijderen</translation>
    </message>
    <message>
        <source>Remove this learning time</source>
        <translation>Deze leertijd verwijderen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Hours on this card</source>
        <translation>Uren op deze kaart</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to wplstudio</source>
        <translation>Welkom bij wplstudio</translation>
    </message>
    <message>
        <source>A few steps to your first deployability matrix on the wall. Each button takes you to the right place; come back here under Help &gt; First steps.</source>
        <translation>In een paar stappen naar uw eerste inzetbaarheidsmatrix aan de muur. Elke knop brengt u naar de juiste plek; terugkomen kan via Help &gt; Eerste stappen.</translation>
    </message>
    <message>
        <source>Step 1 — bring in your matrix: from Excel, or by hand</source>
        <translation>Stap 1 — zet uw matrix erin: uit Excel, of met de hand</translation>
    </message>
    <message>
        <source>… or enter it by hand, from left to right:</source>
        <translation>… of vul hem met de hand in, van links naar rechts:</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Inlezen uit Excel…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Task landscape</source>
        <translation>Takenlandschap</translation>
    </message>
    <message>
        <source>Open the matrix</source>
        <translation>Naar de matrix</translation>
    </message>
    <message>
        <source>Print for the wall…</source>
        <translation>Printen voor aan de muur…</translation>
    </message>
    <message>
        <source>Read in your Excel matrix</source>
        <translation>Uw Excel-matrix inlezen</translation>
    </message>
    <message>
        <source>Do you keep the matrix in Excel today? Read the sheet in: teams, people, tasks and levels in one go. You see a preview first; nothing is saved until you confirm.</source>
        <translation>Houdt u de matrix nu in Excel bij? Lees het werkblad in: teams, mensen, taken en niveaus in één keer. U ziet eerst een voorbeeld; er wordt pas iets opgeslagen als u bevestigt.</translation>
    </message>
    <message>
        <source>Teams and people</source>
        <translation>Teams en mensen</translation>
    </message>
    <message>
        <source>Add your teams (departments) first, then the people in them, with their function and start date.</source>
        <translation>Zet eerst uw teams (afdelingen) erin, dan de mensen daarin, met hun functie en datum in dienst.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>The task landscape: core tasks split into the tasks that become the columns of the matrix. Mark a certificate such as VCA with how long it stays valid.</source>
        <translation>Het takenlandschap: kerntaken, verdeeld in de taken die de kolommen van de matrix worden. Geef bij een certificaat zoals VCA aan hoe lang het geldig blijft.</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Per person and task, what they can: 0 not, 1 learning it, 2 with someone watching, 3 on their own, 4 can teach it.</source>
        <translation>Per persoon en taak wat iemand kan: 0 niet, 1 leert het, 2 onder begeleiding, 3 zelfstandig, 4 kan het anderen leren.</translation>
    </message>
    <message>
        <source>Print the matrix on A3</source>
        <translation>De matrix printen op A3</translation>
    </message>
    <message>
        <source>Hang it on the wall in the workshop: everyone sees who can do what, and where a second person is needed.</source>
        <translation>Hang hem in de werkplaats aan de muur: iedereen ziet wie wat kan, en waar een tweede persoon nodig is.</translation>
    </message>
    <message>
        <source>Step 2 — the matrix on the wall</source>
        <translation>Stap 2 — de matrix aan de muur</translation>
    </message>
    <message>
        <source>Open the manual (F1)</source>
        <translation>Handleiding openen (F1)</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Welkom sluiten</translation>
    </message>
    <message>
        <source>It does not come back by itself; Help &gt; First steps opens it again.</source>
        <translation>Het komt niet vanzelf terug; Help &gt; Eerste stappen opent het weer.</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 team</translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation>{n} teams</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} mensen</translation>
    </message>
    <message>
        <source>{teams}, {people}</source>
        <translation>{teams}, {people}</translation>
    </message>
    <message>
        <source>{tasks} tasks</source>
        <translation>{tasks} taken</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 taak</translation>
    </message>
    <message>
        <source>1 level filled in</source>
        <translation>1 niveau ingevuld</translation>
    </message>
    <message>
        <source>{levels} levels filled in</source>
        <translation>{levels} niveaus ingevuld</translation>
    </message>
    <message>
        <source>printed on {date}</source>
        <translation>geprint op {date}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>wplstudio is already open on {database}; that window is now in front.</source>
        <translation>wplstudio is al open op {database}; dat venster staat nu vooraan.</translation>
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
        <source>Planning board</source>
        <translation>Planbord</translation>
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
        <source>Development interviews</source>
        <translation>Ontwikkelgesprekken</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
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
        <source>Onboarding program</source>
        <translation>Inwerkprogramma</translation>
    </message>
    <message>
        <source>Onboarding module</source>
        <translation>Inwerkmodule</translation>
    </message>
    <message>
        <source>Module picture</source>
        <translation>Foto bij module</translation>
    </message>
    <message>
        <source>Onboarding trajectory</source>
        <translation>Inwerktraject</translation>
    </message>
    <message>
        <source>Ticked assignment</source>
        <translation>Afgevinkte opdracht</translation>
    </message>
    <message>
        <source>Module assignment</source>
        <translation>Opdracht van een module</translation>
    </message>
    <message>
        <source>Task a module teaches</source>
        <translation>Taak die een module leert</translation>
    </message>
    <message>
        <source>Mentor change</source>
        <translation>Wissel van mentor</translation>
    </message>
    <message>
        <source>Module comment</source>
        <translation>Opmerking bij module</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Aftekening</translation>
    </message>
    <message>
        <source>Revoked sign-off</source>
        <translation>Ingetrokken aftekening</translation>
    </message>
    <message>
        <source>Progress talk</source>
        <translation>Voortgangsgesprek</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Klus</translation>
    </message>
    <message>
        <source>Tasks of a job</source>
        <translation>Taken van een klus</translation>
    </message>
    <message>
        <source>Card on the board</source>
        <translation>Kaart op het planbord</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Leertijd</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Verbeteractie</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Gespreksleidraad</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Interview answer</source>
        <translation>Antwoord in gesprek</translation>
    </message>
    <message>
        <source>Interview event</source>
        <translation>Gebeurtenis bij gesprek</translation>
    </message>
    <message>
        <source>Development goal</source>
        <translation>Ontwikkeldoel</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>Quickscan respondent</source>
        <translation>Deelnemer quickscan</translation>
    </message>
    <message>
        <source>Quickscan answer</source>
        <translation>Antwoord quickscan</translation>
    </message>
    <message>
        <source>Learning activity</source>
        <translation>Leeractiviteit</translation>
    </message>
    <message>
        <source>Training plan line</source>
        <translation>Regel opleidingsplan</translation>
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
        <source>activated</source>
        <translation>geactiveerd</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>geanonimiseerd</translation>
    </message>
    <message>
        <source>anonymised again</source>
        <translation>opnieuw geanonimiseerd</translation>
    </message>
    <message>
        <source>answers saved</source>
        <translation>antwoorden opgeslagen</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>pincode ingesteld</translation>
    </message>
    <message>
        <source>sign-in blocked</source>
        <translation>aanmelden geblokkeerd</translation>
    </message>
    <message>
        <source>lock broken</source>
        <translation>slot verbroken</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>afgetekend</translation>
    </message>
    <message>
        <source>sign-off revoked</source>
        <translation>aftekening ingetrokken</translation>
    </message>
    <message>
        <source>ticked off</source>
        <translation>afgevinkt</translation>
    </message>
    <message>
        <source>unticked</source>
        <translation>vinkje weggehaald</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>demo filled in</source>
        <translation>demo ingevuld</translation>
    </message>
    <message>
        <source>contents erased</source>
        <translation>inhoud gewist</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>back-up teruggezet</translation>
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
        <source>Warning: the audit trail was changed outside wplstudio.</source>
        <translation>Let op: het logboek is buiten wplstudio om gewijzigd.</translation>
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
        <translation>automatisch</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór terugzetten</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór bijwerken</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <source>holiday</source>
        <translation>vakantie</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>ziek</translation>
    </message>
    <message>
        <source>course</source>
        <translation>cursus</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>Week plan {week}</source>
        <translation>Weekplanning {week}</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <source>L = learns with mentor, M = mentor of learner, ⚠ = warning · printed {when}</source>
        <translation>L = leert met mentor, M = mentor van leerling, ⚠ = waarschuwing · geprint {when}</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>plan a job</source>
        <translation>klus plannen</translation>
    </message>
    <message>
        <source>move a card</source>
        <translation>kaart verplaatsen</translation>
    </message>
    <message>
        <source>take a card off</source>
        <translation>kaart weghalen</translation>
    </message>
    <message>
        <source>change the hours</source>
        <translation>uren wijzigen</translation>
    </message>
    <message>
        <source>pair a learner</source>
        <translation>leerling koppelen</translation>
    </message>
    <message>
        <source>end a pair</source>
        <translation>koppel beëindigen</translation>
    </message>
    <message>
        <source>plan a learner beside a mentor</source>
        <translation>leerling naast mentor plannen</translation>
    </message>
    <message>
        <source>add an absence</source>
        <translation>afwezigheid toevoegen</translation>
    </message>
    <message>
        <source>remove an absence</source>
        <translation>afwezigheid weghalen</translation>
    </message>
    <message>
        <source>reserve learning time</source>
        <translation>leertijd reserveren</translation>
    </message>
    <message>
        <source>remove learning time</source>
        <translation>leertijd weghalen</translation>
    </message>
    <message>
        <source>add a job</source>
        <translation>klus toevoegen</translation>
    </message>
    <message>
        <source>change a job</source>
        <translation>klus wijzigen</translation>
    </message>
    <message>
        <source>add an improvement action</source>
        <translation>verbeteractie toevoegen</translation>
    </message>
    <message>
        <source>change an improvement action</source>
        <translation>verbeteractie wijzigen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next working day</source>
        <translation>Volgende werkdag</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Planning board</source>
        <translation>Planbord</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>met {name}</translation>
    </message>
    <message>
        <source>mentor of {name}</source>
        <translation>mentor van {name}</translation>
    </message>
    <message>
        <source>Improvements in progress: {list}</source>
        <translation>Verbeteringen in uitvoering: {list}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Bijgewerkt {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>learn</source>
        <translation>leren</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>{hours}h</source>
        <translation>{hours}u</translation>
    </message>
    <message>
        <source>{planned}/{capacity}h</source>
        <translation>{planned}/{capacity}u</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>learns with {name}</source>
        <translation>leert met {name}</translation>
    </message>
    <message>
        <source>mentor of {names}</source>
        <translation>mentor van {names}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} uur</translation>
    </message>
    <message>
        <source>Needs: {tasks}</source>
        <translation>Nodig: {tasks}</translation>
    </message>
    <message>
        <source>Learns {task} with mentor {name}</source>
        <translation>Leert {task} met mentor {name}</translation>
    </message>
    <message>
        <source>Mentor of {name}</source>
        <translation>Mentor van {name}</translation>
    </message>
    <message>
        <source>Planned anyway: {reason}</source>
        <translation>Toch gepland: {reason}</translation>
    </message>
    <message>
        <source>⚠ Level {level} on {task}, and nobody with level 3 or more works with them on it</source>
        <translation>⚠ Niveau {level} op {task}, en niemand met niveau 3 of hoger werkt erbij</translation>
    </message>
    <message>
        <source>⚠ Absent that day ({kind})</source>
        <translation>⚠ Afwezig die dag ({kind})</translation>
    </message>
    <message>
        <source>⚠ {hours} hours planned that day: more than a working day</source>
        <translation>⚠ {hours} uur gepland die dag: meer dan een werkdag</translation>
    </message>
    <message>
        <source>A3 landscape (for the wall)</source>
        <translation>A3 liggend (voor aan de muur)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <source>Week printed to PDF</source>
        <translation>Week als PDF afgedrukt</translation>
    </message>
    <message>
        <source>The week plan is in {file}. Open it now to print?</source>
        <translation>De weekplanning staat in {file}. Nu openen om af te drukken?</translation>
    </message>
    <message>
        <source>Print the week</source>
        <translation>Week afdrukken</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>week-plan</source>
        <translation>weekplanning</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>target</source>
        <translation>streefwaarde</translation>
    </message>
    <message>
        <source>{covered} of {target}  {symbol}</source>
        <translation>{covered} van {target}  {symbol}</translation>
    </message>
    <message>
        <source>deployable people (U or O) on the core task&apos;s tasks, each task counted up to its target</source>
        <translation>inzetbare mensen (U of O), per taak geteld tot de streefwaarde</translation>
    </message>
    <message>
        <source>Coverage per core task against the target</source>
        <translation>Bezetting per kerntaak tegenover de streefwaarde</translation>
    </message>
    <message>
        <source>No targets set yet.</source>
        <translation>Nog geen streefwaarden ingesteld.</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>op streefwaarde</translation>
    </message>
    <message>
        <source>short</source>
        <translation>tekort</translation>
    </message>
    <message>
        <source>far short</source>
        <translation>groot tekort</translation>
    </message>
    <message>
        <source> {share:.0f}% U or O</source>
        <translation> {share:.0f}% U of O</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <source>share of all cells (person × task) of the team</source>
        <translation>deel van alle vakken (persoon × taak) van het team</translation>
    </message>
    <message>
        <source>Level distribution per team</source>
        <translation>Verdeling van niveaus per team</translation>
    </message>
    <message>
        <source>No employees in the matrix yet.</source>
        <translation>Nog geen medewerkers in de matrix.</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Nog geen geschiedenis.</translation>
    </message>
    <message>
        <source>deployable (U or O)
person × task</source>
        <translation>inzetbaar (U of O)
persoon × taak</translation>
    </message>
    <message>
        <source>Deployability over time</source>
        <translation>Inzetbaarheid door de tijd</translation>
    </message>
    <message>
        <source>on the job</source>
        <translation>op de werkplek</translation>
    </message>
    <message>
        <source>off the job</source>
        <translation>buiten de werkplek</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>Learning hours per month, {year}</source>
        <translation>Leeruren per maand, {year}</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(geen team)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>aan de beurt</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>people</source>
        <translation>mensen</translation>
    </message>
    <message>
        <source>Interviews held against due per team, {year}</source>
        <translation>Gesprekken gehouden tegenover aan de beurt per team, {year}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>afgetekend</translation>
    </message>
    <message>
        <source>modules done</source>
        <translation>modules klaar</translation>
    </message>
    <message>
        <source>Planned and actual progress</source>
        <translation>Geplande en werkelijke voortgang</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>Quickscans over time</source>
        <translation>Quickscans door de tijd</translation>
    </message>
    <message>
        <source>No finished scans yet.</source>
        <translation>Nog geen afgeronde scans.</translation>
    </message>
    <message>
        <source>Learning hours per year</source>
        <translation>Leeruren per jaar</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Details are in {log}.</source>
        <translation>Er ging iets onverwachts mis ({kind}). De details staan in {log}.</translation>
    </message>
    <message>
        <source>There is nothing with that number. Check the number you typed.</source>
        <translation>Er is niets met dat nummer. Controleer het nummer dat u hebt ingetypt.</translation>
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
        <source>Name a folder for the pictures: wplstudio screenshot --all --out-dir FOLDER.</source>
        <translation>Geef een map voor de plaatjes: wplstudio screenshot --all --out-dir MAP.</translation>
    </message>
    <message>
        <source>Wrote {n} pictures in {folder}.</source>
        <translation>{n} plaatjes geschreven in {folder}.</translation>
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
    <message>
        <source>Nothing was imported. Correct the cells above in Excel, save, and import again.</source>
        <translation>Er is niets ingelezen. Verbeter de cellen hierboven in Excel, sla op en lees opnieuw in.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Proefrun: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Imported: {cells} cell(s) changed; {people} employee(s), {tasks} task(s), {teams} team(s) and {cores} core task(s) created.</source>
        <translation>Ingelezen: {cells} cel(len) gewijzigd; {people} medewerker(s), {tasks} taak/taken, {teams} team(s) en {cores} kerntaak/kerntaken aangemaakt.</translation>
    </message>
    <message>
        <source>Also imported: {n} certificate date(s), training target(s) and coverage target(s).</source>
        <translation>Ook ingelezen: {n} certificaatdatum(s), opleidingsdoel(en) en streefwaarde(n).</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file}: {people} employee(s) and {tasks} task(s) read; header {header}.</source>
        <translation>Werkblad &quot;{sheet}&quot; van {file}: {people} medewerker(s) en {tasks} taak/taken gelezen; kopregel {header}.</translation>
    </message>
    <message>
        <source>Skipped, and why:</source>
        <translation>Overgeslagen, en waarom:</translation>
    </message>
    <message>
        <source>Cannot be read ({count}); nothing will be imported until these are corrected:</source>
        <translation>Niet te lezen ({count}); er wordt niets ingelezen totdat deze verbeterd zijn:</translation>
    </message>
    <message>
        <source>Beside the levels: {certificates} certificate date(s), {timetable} training target(s) and {coverage} coverage target(s) change.</source>
        <translation>Naast de niveaus veranderen {certificates} certificaatdatum(s), {timetable} opleidingsdoel(en) en {coverage} streefwaarde(n).</translation>
    </message>
    <message>
        <source>Not in the database yet:</source>
        <translation>Nog niet in de database:</translation>
    </message>
    <message>
        <source>employee {name}{team}, row {row}</source>
        <translation>medewerker {name}{team}, rij {row}</translation>
    </message>
    <message>
        <source> (new core task)</source>
        <translation> (nieuwe kerntaak)</translation>
    </message>
    <message>
        <source>task {name} under {core}{new}, {ref}</source>
        <translation>taak {name} onder {core}{new}, {ref}</translation>
    </message>
    <message>
        <source>team {name}</source>
        <translation>team {name}</translation>
    </message>
    <message>
        <source>These will be created (--create-missing).</source>
        <translation>Deze worden aangemaakt (--create-missing).</translation>
    </message>
    <message>
        <source>Their cells are left out. Add --create-missing to create them.</source>
        <translation>Hun cellen worden weggelaten. Voeg --create-missing toe om ze aan te maken.</translation>
    </message>
    <message>
        <source>Changes: {count} cell(s); {same} cell(s) already as in the sheet.</source>
        <translation>Wijzigingen: {count} cel(len); {same} cel(len) al zoals in het werkblad.</translation>
    </message>
    <message>
        <source>… and {count} more (--all lists them all)</source>
        <translation>… en nog {count} (--all toont ze allemaal)</translation>
    </message>
    <message>
        <source>{argument} cannot be &apos;{value}&apos;; choose from {choices}.</source>
        <translation>{argument} kan niet &apos;{value}&apos; zijn; kies uit {choices}.</translation>
    </message>
    <message>
        <source>{argument} needs a number, not &apos;{value}&apos;.</source>
        <translation>Bij {argument} hoort een getal, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{argument} needs a date written as year-month-day, such as 2026-11-25, not &apos;{value}&apos;.</source>
        <translation>Bij {argument} hoort een datum als jaar-maand-dag, bijv. 2026-11-25, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{argument} needs a value after it.</source>
        <translation>Na {argument} moet nog een waarde komen.</translation>
    </message>
    <message>
        <source>Still missing: {names}.</source>
        <translation>Dit ontbreekt nog: {names}.</translation>
    </message>
    <message>
        <source>wplstudio does not know: {words}.</source>
        <translation>Dit kent wplstudio niet: {words}.</translation>
    </message>
    <message>
        <source>{problem} See: {command} --help</source>
        <translation>{problem} Zie: {command} --help</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{name}: {task} expired on {date}</source>
        <translation>{name}: {task} verlopen op {date}</translation>
    </message>
    <message>
        <source>{name}: {task} expires on {date}</source>
        <translation>{name}: {task} verloopt op {date}</translation>
    </message>
    <message>
        <source>{name}: {task} has no expiry date</source>
        <translation>{name}: {task} heeft geen einddatum</translation>
    </message>
    <message>
        <source>Only {name} can do {task} alone</source>
        <translation>Alleen {name} kan {task} zelfstandig</translation>
    </message>
    <message>
        <source>Quickscan &apos;{title}&apos; is a draft: finish it</source>
        <translation>Quickscan &apos;{title}&apos; is een concept: rond hem af</translation>
    </message>
    <message>
        <source>{name}: {what} was planned for {month}</source>
        <translation>{name}: {what} was gepland voor {month}</translation>
    </message>
    <message>
        <source>{title} (due {date}, {owner})</source>
        <translation>{title} (uiterlijk {date}, {owner})</translation>
    </message>
    <message>
        <source>{title} ({owner})</source>
        <translation>{title} ({owner})</translation>
    </message>
    <message>
        <source>{name} with {mentor}: {what}</source>
        <translation>{name} met {mentor}: {what}</translation>
    </message>
    <message>
        <source>{name}: {what} (mentor {mentor})</source>
        <translation>{name}: {what} (mentor {mentor})</translation>
    </message>
    <message>
        <source>{name}: progress talk due {date} (mentor {mentor})</source>
        <translation>{name}: voortgangsgesprek uiterlijk {date} (mentor {mentor})</translation>
    </message>
    <message>
        <source>{name}: development interview due {date}</source>
        <translation>{name}: ontwikkelgesprek uiterlijk {date}</translation>
    </message>
    <message>
        <source>{name}: {what} (was due {date}, {who})</source>
        <translation>{name}: {what} (moest {date} klaar zijn, {who})</translation>
    </message>
    <message>
        <source>Learners and their mentors</source>
        <translation>Leerlingen en hun mentoren</translation>
    </message>
    <message>
        <source>Modules ready to sign</source>
        <translation>Modules klaar om af te tekenen</translation>
    </message>
    <message>
        <source>Progress talks due</source>
        <translation>Voortgangsgesprekken aan de beurt</translation>
    </message>
    <message>
        <source>Development interviews due</source>
        <translation>Ontwikkelgesprekken aan de beurt</translation>
    </message>
    <message>
        <source>Follow-up actions overdue</source>
        <translation>Vervolgacties te laat</translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation>Certificaten die verlopen</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Maar één persoon kan het</translation>
    </message>
    <message>
        <source>Open improvement actions</source>
        <translation>Open verbeteracties</translation>
    </message>
    <message>
        <source>Training plan behind schedule</source>
        <translation>Opleidingsplan loopt achter</translation>
    </message>
    <message>
        <source>Quickscans to finish</source>
        <translation>Quickscans af te ronden</translation>
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
        <source>This plan has {n} warning(s). Choose someone else, or plan anyway with a short reason.</source>
        <translation>Deze planning geeft {n} waarschuwing(en). Kies iemand anders, of plan toch met een korte reden.</translation>
    </message>
    <message>
        <source>This card was removed on another PC. The board is reloaded.</source>
        <translation>Deze kaart is op een andere pc weggehaald. Het planbord wordt opnieuw geladen.</translation>
    </message>
    <message>
        <source>{name} no longer works here on {day} and cannot be planned.</source>
        <translation>{name} werkt op {day} niet meer hier en kan niet worden ingepland.</translation>
    </message>
    <message>
        <source>{name} does not work here yet on {day} and cannot be planned.</source>
        <translation>{name} werkt op {day} nog niet hier en kan niet worden ingepland.</translation>
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
        <source>Another computer has taken over the database {path}: the lock of wplstudio on this PC was removed. What you just did was not saved, and nothing more can be saved from here: close wplstudio on this PC and work on the other computer.</source>
        <translation>Een andere computer heeft de database {path} overgenomen: het slot van wplstudio op deze pc is weggehaald. Wat u net deed is niet opgeslagen, en vanaf hier kan niets meer worden opgeslagen: sluit wplstudio op deze pc en werk verder op de andere computer.</translation>
    </message>
    <message>
        <source>Another computer has taken over the database {path}: {user} on {host} broke the lock of wplstudio on this PC. What you just did was not saved, and nothing more can be saved from here: close wplstudio on this PC and work on {host}.</source>
        <translation>Een andere computer heeft de database {path} overgenomen: {user} op {host} heeft het slot van wplstudio op deze pc verbroken. Wat u net deed is niet opgeslagen, en vanaf hier kan niets meer worden opgeslagen: sluit wplstudio op deze pc en werk verder op {host}.</translation>
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
    <message>
        <source>Name the guide: --guide NAME (for example --guide Ontwikkelgesprek).</source>
        <translation>Geef de leidraad op: --guide NAAM (bijvoorbeeld --guide Ontwikkelgesprek).</translation>
    </message>
    <message>
        <source>Name the interview: --id N (the number is in the Development interviews area).</source>
        <translation>Geef het gesprek op: --id N (het nummer staat bij Ontwikkelgesprekken).</translation>
    </message>
    <message>
        <source>Name the scan: --id N (the list of scans is in the Quickscan area).</source>
        <translation>Geef de scan op: --id N (de lijst met scans staat bij Quickscan).</translation>
    </message>
    <message>
        <source>Name the trainee: --employee NAME (for example --employee &quot;Daan Bakker&quot;).</source>
        <translation>Geef de leerling op: --employee NAAM (bijvoorbeeld --employee &quot;Daan Bakker&quot;).</translation>
    </message>
    <message>
        <source>{week} is not a week. Write it as year, W and week number, e.g. 2026-W48.</source>
        <translation>{week} is geen week. Schrijf jaar, W en weeknummer, bijv. 2026-W48.</translation>
    </message>
    <message>
        <source>Hours are a whole number from {low} to {high}.</source>
        <translation>Uren zijn een heel getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>Fill in the {field}.</source>
        <translation>Vul dit in: {field}.</translation>
    </message>
    <message>
        <source>The {field} is too long (at most {n} characters).</source>
        <translation>Te lang: {field} (hoogstens {n} tekens).</translation>
    </message>
    <message>
        <source>{value} is not a known {field}.</source>
        <translation>{value} is onbekend als {field}.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>De laatste dag ligt voor de eerste dag.</translation>
    </message>
    <message>
        <source>A guide needs a name of at most {max} characters.</source>
        <translation>Een leidraad heeft een naam nodig van hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>A guide is in Dutch (nl) or English (en).</source>
        <translation>Een leidraad is in het Nederlands (nl) of het Engels (en).</translation>
    </message>
    <message>
        <source>A guide needs at least one question.</source>
        <translation>Een leidraad heeft minstens één vraag nodig.</translation>
    </message>
    <message>
        <source>Two questions share the key {key}.</source>
        <translation>Twee vragen hebben dezelfde sleutel {key}.</translation>
    </message>
    <message>
        <source>Unknown question type {type}.</source>
        <translation>Onbekend soort vraag: {type}.</translation>
    </message>
    <message>
        <source>Every question needs a text of at most {max} characters.</source>
        <translation>Elke vraag heeft een tekst nodig van hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>The choice question &quot;{text}&quot; needs at least two options.</source>
        <translation>De keuzevraag &quot;{text}&quot; heeft minstens twee keuzes nodig.</translation>
    </message>
    <message>
        <source>A rating has five words, one for each of 1 to 5.</source>
        <translation>Een score heeft vijf woorden, één voor elk van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>This question is not in the interview&apos;s guide.</source>
        <translation>Deze vraag staat niet in de leidraad van dit gesprek.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Antwoord met ja of nee.</translation>
    </message>
    <message>
        <source>Choose one of the options given.</source>
        <translation>Kies een van de keuzes.</translation>
    </message>
    <message>
        <source>A rating is a whole number from {low} to {high}.</source>
        <translation>Een score is een heel getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>An answer can be at most {max} characters.</source>
        <translation>Een antwoord mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>The answer holds invisible characters; type it again.</source>
        <translation>Het antwoord bevat onzichtbare tekens; typ het opnieuw.</translation>
    </message>
    <message>
        <source>Fill in the date of the interview.</source>
        <translation>Vul de datum van het gesprek in.</translation>
    </message>
    <message>
        <source>The date {day} is in the past. Plan it anyway?</source>
        <translation>De datum {day} ligt in het verleden. Toch plannen?</translation>
    </message>
    <message>
        <source>This interview has been confirmed and is locked. Reopen it first if something must change.</source>
        <translation>Dit gesprek is bevestigd en op slot gezet. Heropen het eerst als er iets moet veranderen.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Zeg wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Every action needs someone who does it.</source>
        <translation>Elke actie heeft iemand nodig die hem uitvoert.</translation>
    </message>
    <message>
        <source>Every action needs a date by when it is done.</source>
        <translation>Elke actie heeft een datum nodig waarop hij klaar is.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Onbekende status.</translation>
    </message>
    <message>
        <source>Describe the goal in at most {max} characters.</source>
        <translation>Beschrijf het doel in hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>A goal on a task needs a target level from 1 to 4.</source>
        <translation>Een doel op een taak heeft een doelniveau van 1 tot en met 4 nodig.</translation>
    </message>
    <message>
        <source>The interval is a whole number of months from {low} to {high}.</source>
        <translation>De tussentijd is een heel aantal maanden van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>Hours cannot be negative ({value}).</source>
        <translation>Uren kunnen niet negatief zijn ({value}).</translation>
    </message>
    <message>
        <source>{value} hours is more than a year; check the number.</source>
        <translation>{value} uur is meer dan een jaar; controleer het getal.</translation>
    </message>
    <message>
        <source>A cost cannot be negative ({value}).</source>
        <translation>Kosten kunnen niet negatief zijn ({value}).</translation>
    </message>
    <message>
        <source>A cost of {value} euro is not believable; check the number.</source>
        <translation>Kosten van {value} euro zijn niet geloofwaardig; controleer het getal.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; is geen getal.</translation>
    </message>
    <message>
        <source>Choose what kind of learning it was.</source>
        <translation>Kies wat voor soort leren het was.</translation>
    </message>
    <message>
        <source>Say what was learned (for example the name of the course).</source>
        <translation>Zeg wat er geleerd is (bijvoorbeeld de naam van de cursus).</translation>
    </message>
    <message>
        <source>Fill in the date of the learning activity.</source>
        <translation>Vul de datum van de leeractiviteit in.</translation>
    </message>
    <message>
        <source>Give a short reason, so the history stays clear later.</source>
        <translation>Geef een korte reden, zodat de geschiedenis later duidelijk blijft.</translation>
    </message>
    <message>
        <source>A trainee cannot be their own mentor. Choose a colleague.</source>
        <translation>Een leerling kan niet zijn eigen mentor zijn. Kies een collega.</translation>
    </message>
    <message>
        <source>This image file is empty.</source>
        <translation>Dit afbeeldingsbestand is leeg.</translation>
    </message>
    <message>
        <source>This image is larger than {mb} MB. Make it smaller first (a phone photo at medium size is fine).</source>
        <translation>Deze afbeelding is groter dan {mb} MB. Maak hem eerst kleiner (een telefoonfoto op middelgroot is prima).</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures can be added to a module.</source>
        <translation>Aan een module kunnen alleen PNG- en JPEG-afbeeldingen worden toegevoegd.</translation>
    </message>
    <message>
        <source>Give the module a title.</source>
        <translation>Geef de module een titel.</translation>
    </message>
    <message>
        <source>Estimated hours must be more than 0 and at most 2000.</source>
        <translation>De geschatte uren moeten meer dan 0 en hoogstens 2000 zijn.</translation>
    </message>
    <message>
        <source>A module brings a task to level 1 to 4.</source>
        <translation>Een module brengt een taak naar niveau 1 tot en met 4.</translation>
    </message>
    <message>
        <source>A module needs at least one assignment the trainee can tick off.</source>
        <translation>Een module heeft minstens één opdracht nodig die de leerling kan afvinken.</translation>
    </message>
    <message>
        <source>An assessment needs a pass criterion: when is it good enough?</source>
        <translation>Een beoordeling heeft een norm nodig: wanneer is het goed genoeg?</translation>
    </message>
    <message>
        <source>An answer must be one of the answer categories (1 to {top}).</source>
        <translation>Een antwoord moet een van de antwoordmogelijkheden zijn (1 tot en met {top}).</translation>
    </message>
    <message>
        <source>A scan needs at least one respondent before it can be finished. Add who filled it in, or save it as a draft.</source>
        <translation>Een scan heeft minstens één deelnemer nodig voordat hij kan worden afgerond. Voeg toe wie hem invulde, of sla hem op als concept.</translation>
    </message>
    <message>
        <source>{name} has not answered: {questions}. Answer them, or save the scan as a draft and finish it later.</source>
        <translation>{name} heeft nog niet geantwoord op: {questions}. Beantwoord ze, of sla de scan op als concept en rond hem later af.</translation>
    </message>
    <message>
        <source>This job is on the board {count} time(s). Take those cards off first, or mark the job done.</source>
        <translation>Deze klus staat {count} keer op het planbord. Haal die kaarten er eerst af, of meld de klus als klaar.</translation>
    </message>
    <message>
        <source>A pair needs a learner, a mentor and the task that is learned.</source>
        <translation>Een koppel heeft een leerling, een mentor en de taak die geleerd wordt nodig.</translation>
    </message>
    <message>
        <source>The mentor must work on the same job that day. Plan the mentor there first.</source>
        <translation>De mentor moet die dag op dezelfde klus werken. Plan de mentor daar eerst in.</translation>
    </message>
    <message>
        <source>{name} is not at level 4 on this task (or the certificate is not valid) and cannot be the mentor.</source>
        <translation>{name} heeft geen niveau 4 op deze taak (of het certificaat is niet geldig) en kan geen mentor zijn.</translation>
    </message>
    <message>
        <source>There is no interview guide named {name}.</source>
        <translation>Er is geen gespreksleidraad met de naam {name}.</translation>
    </message>
    <message>
        <source>A guide named {name} already exists.</source>
        <translation>Er is al een leidraad met de naam {name}.</translation>
    </message>
    <message>
        <source>A built-in guide is not changed; make a copy and change the copy.</source>
        <translation>Een ingebouwde leidraad wordt niet gewijzigd; maak een kopie en wijzig die.</translation>
    </message>
    <message>
        <source>This is an old version of the guide; change the newest version.</source>
        <translation>Dit is een oude versie van de leidraad; wijzig de nieuwste versie.</translation>
    </message>
    <message>
        <source>This belongs to someone else&apos;s plan.</source>
        <translation>Dit hoort bij het plan van iemand anders.</translation>
    </message>
    <message>
        <source>There is no employee named {name}.</source>
        <translation>Er is geen medewerker met de naam {name}.</translation>
    </message>
    <message>
        <source>Choose the employee the interview is with.</source>
        <translation>Kies de medewerker met wie het gesprek is.</translation>
    </message>
    <message>
        <source>Choose the guide for the interview.</source>
        <translation>Kies de leidraad voor het gesprek.</translation>
    </message>
    <message>
        <source>This is an old version of the guide; choose the newest version.</source>
        <translation>Dit is een oude versie van de leidraad; kies de nieuwste versie.</translation>
    </message>
    <message>
        <source>Only a planned interview can be moved to another date.</source>
        <translation>Alleen een gepland gesprek kan naar een andere datum.</translation>
    </message>
    <message>
        <source>Only a planned interview can be cancelled; a held one stays on record.</source>
        <translation>Alleen een gepland gesprek kan worden afgezegd; een gehouden gesprek blijft bewaard.</translation>
    </message>
    <message>
        <source>The interview has been held; the preparation can no longer be changed.</source>
        <translation>Het gesprek is gehouden; de voorbereiding kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Someone else keeps a private note on this interview; you cannot change it.</source>
        <translation>Iemand anders heeft een eigen notitie bij dit gesprek; u kunt die niet wijzigen.</translation>
    </message>
    <message>
        <source>This interview has already been marked as held.</source>
        <translation>Dit gesprek staat al als gehouden.</translation>
    </message>
    <message>
        <source>An interview cannot have been held on a day still to come.</source>
        <translation>Een gesprek kan niet gehouden zijn op een dag die nog moet komen.</translation>
    </message>
    <message>
        <source>Only a held interview that waits for the employee can be confirmed.</source>
        <translation>Alleen een gehouden gesprek dat op de medewerker wacht, kan worden bevestigd.</translation>
    </message>
    <message>
        <source>Say what should be corrected.</source>
        <translation>Zeg wat er verbeterd moet worden.</translation>
    </message>
    <message>
        <source>A correction can be asked on a held interview that waits for the employee.</source>
        <translation>Een correctie kan worden gevraagd bij een gehouden gesprek dat op de medewerker wacht.</translation>
    </message>
    <message>
        <source>Say why the confirmed interview is reopened.</source>
        <translation>Zeg waarom het bevestigde gesprek wordt heropend.</translation>
    </message>
    <message>
        <source>Only a confirmed interview needs reopening.</source>
        <translation>Alleen een bevestigd gesprek hoeft te worden heropend.</translation>
    </message>
    <message>
        <source>Choose the employee who learned it.</source>
        <translation>Kies de medewerker die het geleerd heeft.</translation>
    </message>
    <message>
        <source>A mentor can have 1 to 10 trainees at a time.</source>
        <translation>Een mentor kan 1 tot en met 10 leerlingen tegelijk hebben.</translation>
    </message>
    <message>
        <source>{name} no longer works here and cannot be a mentor.</source>
        <translation>{name} werkt hier niet meer en kan geen mentor zijn.</translation>
    </message>
    <message>
        <source>{name} already mentors {count} trainees, the most allowed. Choose another mentor, or raise the maximum in the settings.</source>
        <translation>{name} begeleidt al {count} leerlingen, het maximum. Kies een andere mentor, of verhoog het maximum in de instellingen.</translation>
    </message>
    <message>
        <source>Hold a progress talk every 1 to 26 weeks.</source>
        <translation>Houd elke 1 tot 26 weken een voortgangsgesprek.</translation>
    </message>
    <message>
        <source>{name} no longer works here; a trajectory cannot start.</source>
        <translation>{name} werkt hier niet meer; er kan geen inwerktraject starten.</translation>
    </message>
    <message>
        <source>The program {name} is archived. Take it out of the archive first.</source>
        <translation>Het programma {name} is gearchiveerd. Haal het eerst uit het archief.</translation>
    </message>
    <message>
        <source>The program {name} has no modules yet.</source>
        <translation>Het programma {name} heeft nog geen modules.</translation>
    </message>
    <message>
        <source>{name} already follows a trajectory. Finish or stop that one first.</source>
        <translation>{name} volgt al een inwerktraject. Rond dat eerst af of stop het.</translation>
    </message>
    <message>
        <source>This trajectory is finished; its mentor stays as it was.</source>
        <translation>Dit inwerktraject is afgerond; de mentor blijft zoals hij was.</translation>
    </message>
    <message>
        <source>That is already the mentor.</source>
        <translation>Dat is al de mentor.</translation>
    </message>
    <message>
        <source>This module is not part of this trajectory&apos;s program. Open the right trainee and try again.</source>
        <translation>Deze module hoort niet bij het programma van dit traject. Open de juiste leerling en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This module is signed and locked. To change it, revoke the sign-off with a reason first.</source>
        <translation>Deze module is afgetekend en op slot. Wilt u iets wijzigen, trek dan eerst de aftekening in met een reden.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schrijf eerst iets.</translation>
    </message>
    <message>
        <source>A program called {name} already exists. Choose another name.</source>
        <translation>Er is al een programma met de naam {name}. Kies een andere naam.</translation>
    </message>
    <message>
        <source>{name} is used by {count} trajectories, so it is kept. Archive it instead.</source>
        <translation>{name} wordt gebruikt in {count} trajecten en blijft dus bestaan. Archiveer het in plaats daarvan.</translation>
    </message>
    <message>
        <source>This module belongs to another program. Refresh the list.</source>
        <translation>Deze module hoort bij een ander programma. Ververs de lijst.</translation>
    </message>
    <message>
        <source>A linked task no longer exists; someone may have removed it. Refresh the list.</source>
        <translation>Een gekoppelde taak bestaat niet meer; misschien heeft iemand hem verwijderd. Ververs de lijst.</translation>
    </message>
    <message>
        <source>This program is used by {count} trajectories; its modules stay. Copy the program to change its structure.</source>
        <translation>Dit programma wordt gebruikt in {count} trajecten; de modules blijven. Kopieer het programma om de opbouw te wijzigen.</translation>
    </message>
    <message>
        <source>No onboarding trajectory found for {name}. Check the spelling of the full name.</source>
        <translation>Geen inwerktraject gevonden voor {name}. Controleer hoe de volledige naam gespeld is.</translation>
    </message>
    <message>
        <source>A certificate is for a completed trajectory; this one is not finished yet.</source>
        <translation>Een certificaat is voor een afgerond traject; dit traject is nog niet klaar.</translation>
    </message>
    <message>
        <source>A sign-off needs the person&apos;s own PIN or password.</source>
        <translation>Voor aftekenen is de eigen pincode of het eigen wachtwoord van de persoon nodig.</translation>
    </message>
    <message>
        <source>This module was just signed on another PC. Refresh to see it.</source>
        <translation>Deze module is net op een andere pc afgetekend. Ververs om het te zien.</translation>
    </message>
    <message>
        <source>This trajectory was stopped; nothing more can be signed in it.</source>
        <translation>Dit traject is gestopt; er kan niets meer in worden afgetekend.</translation>
    </message>
    <message>
        <source>{name} no longer works here, so this module can no longer be signed.</source>
        <translation>{name} werkt hier niet meer, dus deze module kan niet meer worden afgetekend.</translation>
    </message>
    <message>
        <source>Only {name} can sign as trainee, with their own PIN or password.</source>
        <translation>Alleen {name} kan als leerling aftekenen, met de eigen pincode of het eigen wachtwoord.</translation>
    </message>
    <message>
        <source>A trainee cannot sign as their own mentor.</source>
        <translation>Een leerling kan niet als zijn eigen mentor aftekenen.</translation>
    </message>
    <message>
        <source>Only the mentor of {name} (or a manager) can sign as mentor.</source>
        <translation>Alleen de mentor van {name} (of een werkplaatschef) kan als mentor aftekenen.</translation>
    </message>
    <message>
        <source>{name} no longer works here and cannot sign.</source>
        <translation>{name} werkt hier niet meer en kan niet aftekenen.</translation>
    </message>
    <message>
        <source>{name} already signed this module as {role} on {when}. A signature is given once.</source>
        <translation>{name} heeft deze module al als {role} afgetekend op {when}. Aftekenen gebeurt één keer.</translation>
    </message>
    <message>
        <source>{count} assignment(s) of this module are not ticked yet. Tick them all first.</source>
        <translation>{count} opdracht(en) van deze module zijn nog niet afgevinkt. Vink ze eerst allemaal af.</translation>
    </message>
    <message>
        <source>This module has an assessment. Fill in the result before the mentor signs.</source>
        <translation>Deze module heeft een beoordeling. Vul de uitslag in voordat de mentor aftekent.</translation>
    </message>
    <message>
        <source>Earlier modules are still open: {titles}. Sign this one anyway?</source>
        <translation>Eerdere modules staan nog open: {titles}. Deze toch aftekenen?</translation>
    </message>
    <message>
        <source>This module has no signature to revoke.</source>
        <translation>Deze module heeft geen aftekening om in te trekken.</translation>
    </message>
    <message>
        <source>Give the scan a name, for example &apos;Quickscan spring {year}&apos;.</source>
        <translation>Geef de scan een naam, bijvoorbeeld &apos;Quickscan voorjaar {year}&apos;.</translation>
    </message>
    <message>
        <source>Fill in the date of the scan.</source>
        <translation>Vul de datum van de scan in.</translation>
    </message>
    <message>
        <source>Every respondent needs a name, or at least a role such as &apos;employee 2&apos;.</source>
        <translation>Elke deelnemer heeft een naam nodig, of ten minste een rol zoals &apos;medewerker 2&apos;.</translation>
    </message>
    <message>
        <source>Say what is to be learned.</source>
        <translation>Zeg wat er geleerd moet worden.</translation>
    </message>
    <message>
        <source>The planned date must fall in {year}, the year of this plan.</source>
        <translation>De geplande datum moet in {year} vallen, het jaar van dit plan.</translation>
    </message>
    <message>
        <source>Nobody can sign here yet: the person needs an account first.</source>
        <translation>Hier kan nog niemand aftekenen: de persoon heeft eerst een account nodig.</translation>
    </message>
    <message>
        <source>Write the size as width x height in pixels, such as 1400x860, not {size}.</source>
        <translation>Schrijf de grootte als breedte x hoogte in pixels, bijv. 1400x860, niet {size}.</translation>
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
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>estimated hours</source>
        <translation>geschatte uren</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>laatste dag</translation>
    </message>
    <message>
        <source>guide name</source>
        <translation>naam van de leidraad</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>by when</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>doelniveau</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>tussentijd</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>opdrachten</translation>
    </message>
    <message>
        <source>pass criterion</source>
        <translation>norm</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwoorden</translation>
    </message>
    <message>
        <source>kind of absence</source>
        <translation>soort afwezigheid</translation>
    </message>
    <message>
        <source>kind of learning time</source>
        <translation>soort leertijd</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>leidraad</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
    <message>
        <source>trainees per mentor</source>
        <translation>leerlingen per mentor</translation>
    </message>
    <message>
        <source>weeks between talks</source>
        <translation>weken tussen gesprekken</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <source>program name</source>
        <translation>programmanaam</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wanneer</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>at</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <source>author</source>
        <translation>schrijver</translation>
    </message>
    <message>
        <source>author role</source>
        <translation>rol van de schrijver</translation>
    </message>
    <message>
        <source>blocked until</source>
        <translation>geblokkeerd tot</translation>
    </message>
    <message>
        <source>builtin</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>onderschrift</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificaat</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>afgerond op</translation>
    </message>
    <message>
        <source>confirmed at</source>
        <translation>bevestigd op</translation>
    </message>
    <message>
        <source>content</source>
        <translation>inhoud</translation>
    </message>
    <message>
        <source>contents erased at</source>
        <translation>inhoud gewist op</translation>
    </message>
    <message>
        <source>correction note</source>
        <translation>correctie</translation>
    </message>
    <message>
        <source>cost cents</source>
        <translation>kosten (cent)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>huidige versie</translation>
    </message>
    <message>
        <source>data</source>
        <translation>gegevens</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>naam op het scherm</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>klaar op</translation>
    </message>
    <message>
        <source>due</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>uiterlijk op</translation>
    </message>
    <message>
        <source>failed attempts</source>
        <translation>mislukte pogingen</translation>
    </message>
    <message>
        <source>family</source>
        <translation>soort gesprek</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>eerste dag</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>gehouden op</translation>
    </message>
    <message>
        <source>how</source>
        <translation>hoe</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>interviewer name</source>
        <translation>naam gespreksleider</translation>
    </message>
    <message>
        <source>interviewer user</source>
        <translation>account gespreksleider</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>gesprekken</translation>
    </message>
    <message>
        <source>is certificate</source>
        <translation>is een certificaat</translation>
    </message>
    <message>
        <source>job</source>
        <translation>klus</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>last sign in</source>
        <translation>laatst aangemeld</translation>
    </message>
    <message>
        <source>learning task</source>
        <translation>leertaak</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mime</source>
        <translation>bestandssoort</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>new level</source>
        <translation>nieuw niveau</translation>
    </message>
    <message>
        <source>new mentor</source>
        <translation>nieuwe mentor</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>volgende stappen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>old level</source>
        <translation>oud niveau</translation>
    </message>
    <message>
        <source>old mentor</source>
        <translation>vorige mentor</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <source>override reason</source>
        <translation>reden van afwijken</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>password hash</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>pin hash</source>
        <translation>pincode</translation>
    </message>
    <message>
        <source>planned on</source>
        <translation>gepland op</translation>
    </message>
    <message>
        <source>position</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>eigen notitie</translation>
    </message>
    <message>
        <source>private note user</source>
        <translation>account eigen notitie</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>voorgesteld door</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>aanbieder</translation>
    </message>
    <message>
        <source>question key</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>round</source>
        <translation>ronde</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>veiligheid</translation>
    </message>
    <message>
        <source>saved at</source>
        <translation>opgeslagen op</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>side</source>
        <translation>kant</translation>
    </message>
    <message>
        <source>signer employee</source>
        <translation>ondertekenaar</translation>
    </message>
    <message>
        <source>signer name</source>
        <translation>naam ondertekenaar</translation>
    </message>
    <message>
        <source>signer user</source>
        <translation>account ondertekenaar</translation>
    </message>
    <message>
        <source>size</source>
        <translation>grootte</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>source ref</source>
        <translation>verwijzing naar de bron</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>begindatum</translation>
    </message>
    <message>
        <source>talk weeks</source>
        <translation>weken tussen voortgangsgesprekken</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>streefdatum</translation>
    </message>
    <message>
        <source>task</source>
        <translation>taak</translation>
    </message>
    <message>
        <source>task ids</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>trajectory</source>
        <translation>inwerktraject</translation>
    </message>
    <message>
        <source>updated at</source>
        <translation>bijgewerkt op</translation>
    </message>
    <message>
        <source>updated by</source>
        <translation>bijgewerkt door</translation>
    </message>
    <message>
        <source>username</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>validity months</source>
        <translation>geldig (maanden)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>version no</source>
        <translation>versienummer</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>&amp;Eerste stappen</translation>
    </message>
    <message>
        <source>&amp;About wplstudio</source>
        <translation>&amp;Over wplstudio</translation>
    </message>
    <message>
        <source>About wplstudio</source>
        <translation>Over wplstudio</translation>
    </message>
    <message>
        <source>wplstudio {version}

Learning on the job, made concrete: the deployability matrix, onboarding with mentors, development interviews and the planning board for small technical companies.</source>
        <translation>wplstudio {version}

Leren op de werkvloer, concreet gemaakt: de inzetbaarheidsmatrix, inwerken met mentoren, ontwikkelgesprekken en het planbord voor kleine technische bedrijven.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>No matrix found on this sheet: no row of task names followed by rows that start with a name.</source>
        <translation>Geen matrix gevonden op dit werkblad: geen rij met taaknamen, gevolgd door rijen die met een naam beginnen.</translation>
    </message>
    <message>
        <source>Rows above the header (title and core-task bands), not read as people: {text}.</source>
        <translation>Rijen boven de kopregel (titel en kerntaakbalken), niet gelezen als mensen: {text}.</translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; is not a task; skipped.</source>
        <translation>Kolom {col} &quot;{header}&quot; is geen taak; overgeslagen.</translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; is read as the team, not as a task.</source>
        <translation>Kolom {col} &quot;{header}&quot; is gelezen als het team, niet als een taak.</translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; is read as the function, not as a task.</source>
        <translation>Kolom {col} &quot;{header}&quot; is gelezen als de functie, niet als een taak.</translation>
    </message>
    <message>
        <source>Column {col} &quot;{header}&quot; holds text, not levels (such as &quot;{text}&quot;), and is not a known task; skipped.</source>
        <translation>Kolom {col} &quot;{header}&quot; bevat tekst, geen niveaus (zoals &quot;{text}&quot;), en is geen bekende taak; overgeslagen.</translation>
    </message>
    <message>
        <source>Column {col} has values but no task name in the header row; skipped.</source>
        <translation>Kolom {col} heeft waarden maar geen taaknaam in de kopregel; overgeslagen.</translation>
    </message>
    <message>
        <source>Row {row} has values but no name in column {col}; skipped.</source>
        <translation>Rij {row} heeft waarden maar geen naam in kolom {col}; overgeslagen.</translation>
    </message>
    <message>
        <source>From row {row} (&quot;{text}&quot;) on: the legend and notes, not people; skipped.</source>
        <translation>Vanaf rij {row} (&quot;{text}&quot;): de legenda en opmerkingen, geen mensen; overgeslagen.</translation>
    </message>
    <message>
        <source>Row {row} &quot;{text}&quot; is a summary row, not a person; skipped.</source>
        <translation>Rij {row} &quot;{text}&quot; is een totaalrij, geen persoon; overgeslagen.</translation>
    </message>
    <message>
        <source>Row {row} &quot;{text}&quot; is a note, not a person&apos;s name; skipped.</source>
        <translation>Rij {row} &quot;{text}&quot; is een opmerking, geen naam van een persoon; overgeslagen.</translation>
    </message>
    <message>
        <source>Columns {cols} are read together as each person&apos;s name.</source>
        <translation>De kolommen {cols} zijn samen gelezen als de naam van elke persoon.</translation>
    </message>
    <message>
        <source>Row {row} &quot;{text}&quot; is read as a team heading for the rows below it.</source>
        <translation>Rij {row} &quot;{text}&quot; is gelezen als teamkop voor de rijen eronder.</translation>
    </message>
    <message>
        <source>{count} level cell(s) hold a formula; the result Excel saved with it was read (first: {first}).</source>
        <translation>{count} niveaucel(len) bevatten een formule; de uitkomst die Excel erbij opsloeg is gelezen (eerste: {first}).</translation>
    </message>
    <message>
        <source>This cell holds a formula without a saved result (the file was not last saved by Excel). Open it in Excel or LibreOffice, save, and import again, or type the level.</source>
        <translation>Deze cel bevat een formule zonder opgeslagen uitkomst (het bestand is niet het laatst door Excel opgeslagen). Open het in Excel of LibreOffice, sla op en lees opnieuw in, of typ het niveau.</translation>
    </message>
    <message>
        <source>These cells are merged over level cells. Unmerge them so each cell holds one level.</source>
        <translation>Deze cellen zijn samengevoegd over niveaucellen. Maak het samenvoegen ongedaan, zodat elke cel één niveau bevat.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; appears twice in the sheet (rows {first} and {row}). Keep one row.</source>
        <translation>&quot;{name}&quot; staat twee keer in het werkblad (rijen {first} en {row}). Houd één rij over.</translation>
    </message>
    <message>
        <source>The task &quot;{name}&quot; appears twice in the header (columns {first} and {col}). Keep one column.</source>
        <translation>De taak &quot;{name}&quot; staat twee keer in de kopregel (kolommen {first} en {col}). Houd één kolom over.</translation>
    </message>
    <message>
        <source>Not one level cell holds a letter or a number. If the sheet shows the levels with colours only, wplstudio cannot read them: put -, I, L, U or O (or 0 to 4) in each cell.</source>
        <translation>Geen enkele niveaucel bevat een letter of een getal. Toont het werkblad de niveaus alleen met kleuren, dan kan wplstudio ze niet lezen: zet -, I, L, U of O (of 0 tot en met 4) in elke cel.</translation>
    </message>
    <message>
        <source>The sheet is larger than a matrix can be; only the first {rows} rows and {cols} columns were read.</source>
        <translation>Het werkblad is groter dan een matrix kan zijn; alleen de eerste {rows} rijen en {cols} kolommen zijn gelezen.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a level: use -, I, L, U or O, or 0 to 4.</source>
        <translation>&quot;{text}&quot; is geen niveau: gebruik -, I, L, U of O, of 0 tot en met 4.</translation>
    </message>
    <message>
        <source>{text} is off the scale: levels run from 0 to 4.</source>
        <translation>{text} valt buiten de schaal: niveaus lopen van 0 tot en met 4.</translation>
    </message>
    <message>
        <source>{text} is not a whole level: use 0, 1, 2, 3 or 4.</source>
        <translation>{text} is geen heel niveau: gebruik 0, 1, 2, 3 of 4.</translation>
    </message>
    <message>
        <source>This cell holds a date or time ({text}), not a level.</source>
        <translation>Deze cel bevat een datum of tijd ({text}), geen niveau.</translation>
    </message>
    <message>
        <source>This cell holds {text}, not a level.</source>
        <translation>Deze cel bevat {text}, geen niveau.</translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>Ingelezen uit {file}</translation>
    </message>
    <message>
        <source>From Excel</source>
        <translation>Uit Excel</translation>
    </message>
    <message>
        <source>The workbook holds no filled cells at all.</source>
        <translation>De werkmap bevat helemaal geen gevulde cellen.</translation>
    </message>
    <message>
        <source>There is no sheet called &quot;{sheet}&quot;. The workbook has: {sheets}.</source>
        <translation>Er is geen werkblad &quot;{sheet}&quot;. De werkmap heeft: {sheets}.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; was not read: the matrix is on &quot;{chosen}&quot;.</source>
        <translation>Werkblad &quot;{sheet}&quot; is niet gelezen: de matrix staat op &quot;{chosen}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; left the company on {date}; row {row} is skipped.</source>
        <translation>&quot;{name}&quot; is uit dienst sinds {date}; rij {row} is overgeslagen.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not in the database, and a new employee needs a first and a last name; row {row} is skipped.</source>
        <translation>&quot;{name}&quot; staat niet in de database, en een nieuwe medewerker heeft een voor- en achternaam nodig; rij {row} is overgeslagen.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; could be {count} different employees with that name. Make the names different in wplstudio first (for example with a middle initial).</source>
        <translation>&quot;{name}&quot; kan {count} verschillende medewerkers met die naam zijn. Maak de namen eerst verschillend in wplstudio (bijvoorbeeld met een extra voorletter).</translation>
    </message>
    <message>
        <source>The task &quot;{name}&quot; exists under several core tasks ({cores}). Put the core task&apos;s name in the row above the task names.</source>
        <translation>De taak &quot;{name}&quot; bestaat onder meerdere kerntaken ({cores}). Zet de naam van de kerntaak in de rij boven de taaknamen.</translation>
    </message>
    <message>
        <source>The function &quot;{name}&quot; (row {row}) is not known; new employees get no function from it.</source>
        <translation>De functie &quot;{name}&quot; (rij {row}) is onbekend; nieuwe medewerkers krijgen er geen functie door.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date. Write it as 31-12-2026, or leave the cell empty.</source>
        <translation>&quot;{text}&quot; is geen datum. Schrijf hem als 31-12-2026, of laat de cel leeg.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number of people (0 to 999).</source>
        <translation>&quot;{text}&quot; is geen aantal mensen (0 tot 999).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a target level (I, L, U, O or 1-4).</source>
        <translation>&quot;{text}&quot; is geen doelniveau (I, L, U, O of 1-4).</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; was read: {n} line(s).</source>
        <translation>Blad &quot;{sheet}&quot; is gelezen: {n} regel(s).</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is neither in the database nor on the matrix sheet; the line is skipped.</source>
        <translation>&quot;{name}&quot; staat niet in de database en niet op het matrixblad; de regel is overgeslagen.</translation>
    </message>
    <message>
        <source>The task &quot;{name}&quot; is neither in the database nor on the matrix sheet; the line is skipped.</source>
        <translation>De taak &quot;{name}&quot; staat niet in de database en niet op het matrixblad; de regel is overgeslagen.</translation>
    </message>
    <message>
        <source>The team &quot;{name}&quot; is not known; the line is skipped.</source>
        <translation>Het team &quot;{name}&quot; is onbekend; de regel is overgeslagen.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a certificate, so it has no valid-until date; the line is skipped.</source>
        <translation>&quot;{name}&quot; is geen certificaat en heeft dus geen geldigheidsdatum; de regel is overgeslagen.</translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message>
        <source>open answer</source>
        <translation>open antwoord</translation>
    </message>
    <message>
        <source>rating 1-5</source>
        <translation>score 1-5</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>ja / nee</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>keuze</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>held, waiting for the employee</source>
        <translation>gehouden, wacht op medewerker</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>correction asked</source>
        <translation>correctie gevraagd</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>seen and agreed</source>
        <translation>gezien en akkoord</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>op tijd</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>{area} ({keys})</source>
        <translation>{area} ({keys})</translation>
    </message>
</context>
<context>
    <name>learning</name>
    <message>
        <source>Formal course</source>
        <translation>Cursus of opleiding</translation>
    </message>
    <message>
        <source>Training on the job</source>
        <translation>Training op de werkplek</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Job rotation</source>
        <translation>Taakroulatie</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Elkaars werk leren</translation>
    </message>
    <message>
        <source>Knowledge-sharing session</source>
        <translation>Kennissessie</translation>
    </message>
    <message>
        <source>Peer review (intervisie)</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>inwerken</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>planning board</source>
        <translation>planbord</translation>
    </message>
    <message>
        <source>On the job with a mentor</source>
        <translation>Op de werkplek met een mentor</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
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
    <name>lock</name>
    <message>
        <source>Another computer has the database</source>
        <translation>Een andere computer heeft de database</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>een andere computer</translation>
    </message>
    <message>
        <source>{holder} has taken over this database: the lock of wplstudio on this PC was broken there. From now on this window only shows the data; nothing more can be saved here. Close wplstudio on this PC and go on working there.</source>
        <translation>{holder} heeft deze database overgenomen: daar is het slot van wplstudio op deze pc verbroken. Vanaf nu laat dit venster de gegevens alleen zien; hier kan niets meer worden opgeslagen. Sluit wplstudio op deze pc en werk daar verder.</translation>
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
        <translation>Inzetbaar (U+O) / streefwaarde</translation>
    </message>
    <message>
        <source>Gap to function profile</source>
        <translation>Tekort op profiel</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation>certificaat verlopen</translation>
    </message>
    <message>
        <source>expires within {n} days</source>
        <translation>verloopt binnen {n} dagen</translation>
    </message>
    <message>
        <source>training target</source>
        <translation>opleidingsdoel</translation>
    </message>
    <message>
        <source>target overdue</source>
        <translation>doel te laat</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificaat</translation>
    </message>
    <message>
        <source>only one person can do it alone</source>
        <translation>maar één persoon kan het zelfstandig</translation>
    </message>
    <message>
        <source>not practised on the board for {n} months</source>
        <translation>{n} maanden niet geoefend op het planbord</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>op streefwaarde</translation>
    </message>
    <message>
        <source>short</source>
        <translation>tekort</translation>
    </message>
    <message>
        <source>far short</source>
        <translation>groot tekort</translation>
    </message>
    <message>
        <source>{people} employees × {tasks} tasks</source>
        <translation>{people} medewerkers × {tasks} taken</translation>
    </message>
    <message>
        <source>1 employee × {tasks} tasks</source>
        <translation>1 medewerker × {tasks} taken</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <source>{team} ({n})</source>
        <translation>{team} ({n})</translation>
    </message>
    <message>
        <source>{name}
Function: {function}</source>
        <translation>{name}
Functie: {function}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <source>✓ on profile</source>
        <translation>✓ op profiel</translation>
    </message>
    <message>
        <source>{n} short</source>
        <translation>{n} tekort</translation>
    </message>
    <message>
        <source>No level profile for this function yet.</source>
        <translation>Nog geen niveauprofiel voor deze functie.</translation>
    </message>
    <message>
        <source>Tasks below the level that the function {function} asks: {n}</source>
        <translation>Taken onder het niveau dat de functie {function} vraagt: {n}</translation>
    </message>
    <message>
        <source>Certificate: no valid-until date; does not count as deployable.</source>
        <translation>Certificaat: geen einddatum; telt niet als inzetbaar.</translation>
    </message>
    <message>
        <source>Certificate EXPIRED on {date}: does not count as deployable until renewed.</source>
        <translation>Certificaat VERLOPEN op {date}: telt niet als inzetbaar tot het vernieuwd is.</translation>
    </message>
    <message>
        <source>Certificate expires on {date}: renew it soon.</source>
        <translation>Certificaat verloopt op {date}: vernieuw het binnenkort.</translation>
    </message>
    <message>
        <source>Certificate valid until {date}.</source>
        <translation>Certificaat geldig tot {date}.</translation>
    </message>
    <message>
        <source>Training target: {level}</source>
        <translation>Opleidingsdoel: {level}</translation>
    </message>
    <message>
        <source>Training target: {level} by {date} — OVERDUE</source>
        <translation>Opleidingsdoel: {level} vóór {date} — TE LAAT</translation>
    </message>
    <message>
        <source>Training target: {level} by {date}</source>
        <translation>Opleidingsdoel: {level} vóór {date}</translation>
    </message>
    <message>
        <source>Not practised on the planning board in the last {n} months (never planned on it).</source>
        <translation>De laatste {n} maanden niet geoefend op het planbord (er nooit voor ingepland).</translation>
    </message>
    <message>
        <source>Not practised on the planning board in the last {n} months (last time {date}).</source>
        <translation>De laatste {n} maanden niet geoefend op het planbord (laatst op {date}).</translation>
    </message>
    <message>
        <source>Certificate with a validity date</source>
        <translation>Certificaat met een einddatum</translation>
    </message>
    <message>
        <source>Deployable (U or O): {n} of target {target}</source>
        <translation>Inzetbaar (U of O): {n} van streefwaarde {target}</translation>
    </message>
    <message>
        <source>Can teach (O): {n} of target {target}</source>
        <translation>Kan opleiden (O): {n} van streefwaarde {target}</translation>
    </message>
    <message>
        <source>  team {team}: {n} of target {target}</source>
        <translation>  team {team}: {n} van streefwaarde {target}</translation>
    </message>
    <message>
        <source>Single point of failure: only {name} can do this alone.</source>
        <translation>Kwetsbaar: alleen {name} kan dit zelfstandig.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Who can teach: {names}</source>
        <translation>Wie kan opleiden: {names}</translation>
    </message>
    <message>
        <source>Undone: {note}</source>
        <translation>Ongedaan gemaakt: {note}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>level {old} → {new}</source>
        <translation>niveau {old} → {new}</translation>
    </message>
    <message>
        <source>{n} levels to {new}</source>
        <translation>{n} niveaus naar {new}</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Inlezen uit Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Print for the wall…</source>
        <translation>Printen voor aan de muur…</translation>
    </message>
    <message>
        <source>Import the matrix from Excel</source>
        <translation>Matrix inlezen uit Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel-werkmappen (*.xlsx *.xlsm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export the matrix to Excel</source>
        <translation>Matrix exporteren naar Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Print the matrix for the wall</source>
        <translation>Matrix printen voor aan de muur</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to PDF</source>
        <translation>Geprint naar PDF</translation>
    </message>
    <message>
        <source>The matrix is in {file}. Open it now to print?</source>
        <translation>De matrix staat in {file}. Nu openen om te printen?</translation>
    </message>
    <message>
        <source>deployability-matrix</source>
        <translation>inzetbaarheidsmatrix</translation>
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
    <name>onboarding</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>klaar om af te tekenen</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>afgetekend</translation>
    </message>
    <message>
        <source>Writing certificates…</source>
        <translation>Certificaten schrijven…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>{n} certificate(s) written to {folder}.</source>
        <translation>{n} certificaat/certificaten geschreven naar {folder}.</translation>
    </message>
    <message>
        <source>Start a trajectory</source>
        <translation>Inwerktraject starten</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Progress talk every (weeks)</source>
        <translation>Voortgangsgesprek elke (weken)</translation>
    </message>
    <message>
        <source>{name} · {team} · teaches {n} of {of} tasks · {t} trainee(s)</source>
        <translation>{name} · {team} · kan {n} van {of} taken opleiden · {t} leerling(en)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <source>Suggested first: colleagues at level 4 (can teach) on the program&apos;s tasks, own team marked ★.</source>
        <translation>Eerst voorgesteld: collega&apos;s met niveau 4 (kan opleiden) op de taken van het programma, eigen team met ★.</translation>
    </message>
    <message>
        <source>Nobody is at level 4 on this program&apos;s tasks yet; choose an experienced colleague.</source>
        <translation>Nog niemand heeft niveau 4 op de taken van dit programma; kies een ervaren collega.</translation>
    </message>
    <message>
        <source>Change the mentor</source>
        <translation>Mentor wisselen</translation>
    </message>
    <message>
        <source>A trainee learns most from one steady mentor. Swapping pairs because production is busy often costs more than it saves. If it must, say why: the reason stays in the history.</source>
        <translation>Een leerling leert het meest van één vaste mentor. Koppels wisselen omdat het druk is in de productie kost vaak meer dan het oplevert. Moet het toch, zeg dan waarom: de reden blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Nieuwe mentor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Progress talk with {name}</source>
        <translation>Voortgangsgesprek met {name}</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>Hoe gaat het?</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Revoke the sign-off</source>
        <translation>Aftekening intrekken</translation>
    </message>
    <message>
        <source>The signatures of {module} stay visible, marked as revoked. The module opens again for a new sign-off. Levels in the matrix stay as they are.</source>
        <translation>De aftekeningen van {module} blijven zichtbaar, met &apos;ingetrokken&apos; erbij. De module gaat weer open voor een nieuwe aftekening. Niveaus in de matrix blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Sign as trainee</source>
        <translation>Aftekenen als leerling</translation>
    </message>
    <message>
        <source>Sign as mentor</source>
        <translation>Aftekenen als mentor</translation>
    </message>
    <message>
        <source>(password)</source>
        <translation>(wachtwoord)</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Pincode of wachtwoord</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Wie tekent af</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Opmerking (mag leeg)</translation>
    </message>
    <message>
        <source>Assessment: {what}</source>
        <translation>Beoordeling: {what}</translation>
    </message>
    <message>
        <source>Pass when: {what}</source>
        <translation>Goed als: {what}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>{name} has no account yet. The owner or manager makes one under Accounts; then they can sign with their own PIN.</source>
        <translation>{name} heeft nog geen account. De eigenaar of werkplaatschef maakt er een aan onder Accounts; daarna kan deze persoon aftekenen met de eigen pincode.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Why we do it this way</source>
        <translation>Waarom we het zo doen</translation>
    </message>
    <message>
        <source>Safety points</source>
        <translation>Veiligheidspunten</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Geschatte uren</translation>
    </message>
    <message>
        <source>Assignments (one per line)</source>
        <translation>Opdrachten (één per regel)</translation>
    </message>
    <message>
        <source>Assessment (optional)</source>
        <translation>Beoordeling (mag leeg)</translation>
    </message>
    <message>
        <source>Pass criterion</source>
        <translation>Goed als</translation>
    </message>
    <message>
        <source>Tasks it teaches, and to which level</source>
        <translation>Taken die het leert, en tot welk niveau</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} te laat</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>op schema</translation>
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
    <name>parent</name>
    <message>
        <source>Year report</source>
        <translation>Jaaroverzicht</translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation>Welk jaar?</translation>
    </message>
    <message>
        <source>Save the year report</source>
        <translation>Jaaroverzicht opslaan</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>There is no quickscan yet.</source>
        <translation>Er is nog geen quickscan.</translation>
    </message>
    <message>
        <source>Which scan?</source>
        <translation>Welke scan?</translation>
    </message>
    <message>
        <source>Save the quickscan result</source>
        <translation>Uitslag quickscan opslaan</translation>
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
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The backup {file} has been restored.</source>
        <translation>De back-up {file} is teruggezet.</translation>
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
        <translation>De nieuwste goede back-up, van {when}, nu terugzetten?</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Changes made to your record</source>
        <translation>Wijzigingen in uw gegevens</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>tussenvoegsel</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>team (number)</source>
        <translation>team (nummer)</translation>
    </message>
    <message>
        <source>function (number)</source>
        <translation>functie (nummer)</translation>
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
        <source>start date</source>
        <translation>in dienst</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>uit dienst</translation>
    </message>
    <message>
        <source>education</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <source>times changed</source>
        <translation>keren gewijzigd</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>laatst gewijzigd</translation>
    </message>
    <message>
        <source>last changed by</source>
        <translation>laatst gewijzigd door</translation>
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
        <translation>wanneer</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <source>before</source>
        <translation>ervoor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>erna</translation>
    </message>
    <message>
        <source>Everything we keep about {name}</source>
        <translation>Alles wat we bewaren over {name}</translation>
    </message>
    <message>
        <source>{company}, made on {date}. Tables that hold nothing about you are left out.</source>
        <translation>{company}, gemaakt op {date}. Tabellen zonder gegevens over u zijn weggelaten.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Personal data of {name} — confidential</source>
        <translation>Persoonsgegevens van {name} — vertrouwelijk</translation>
    </message>
    <message>
        <source>Deployability matrix</source>
        <translation>Inzetbaarheidsmatrix</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>{company} · as of {date}</source>
        <translation>{company} · stand {date}</translation>
    </message>
    <message>
        <source>tasks {first}–{last} of {tasks} · employees {p1}–{p2} of {people}</source>
        <translation>taken {first}–{last} van {tasks} · medewerkers {p1}–{p2} van {people}</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>deployable on (tasks)</source>
        <translation>inzetbaar op (taken)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <source>{team} (continued)</source>
        <translation>{team} (vervolg)</translation>
    </message>
    <message>
        <source>Coverage (expired certificates do not count)</source>
        <translation>Bezetting (verlopen certificaten tellen niet)</translation>
    </message>
    <message>
        <source>can do it alone (U or O) / target</source>
        <translation>kan het zelfstandig (U of O) / streefwaarde</translation>
    </message>
    <message>
        <source>can teach it (O) / target</source>
        <translation>kan het opleiden (O) / streefwaarde</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificaat</translation>
    </message>
    <message>
        <source>only one person can do it alone</source>
        <translation>maar één persoon kan het zelfstandig</translation>
    </message>
    <message>
        <source>certificate expired or missing</source>
        <translation>certificaat verlopen of ontbreekt</translation>
    </message>
    <message>
        <source>expires within 60 days</source>
        <translation>verloopt binnen 60 dagen</translation>
    </message>
    <message>
        <source>training target</source>
        <translation>opleidingsdoel</translation>
    </message>
    <message>
        <source>target date passed</source>
        <translation>streefdatum voorbij</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>streefwaarde gehaald</translation>
    </message>
    <message>
        <source>short</source>
        <translation>tekort</translation>
    </message>
    <message>
        <source>far short</source>
        <translation>groot tekort</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Deployable (U or O) / target</source>
        <translation>Inzetbaar (U of O) / streefwaarde</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Red frame: certificate expired — does not count as deployable.</source>
        <translation>Rood kader: certificaat verlopen — telt niet als inzetbaar.</translation>
    </message>
    <message>
        <source>Dashed orange frame: certificate expires within 60 days.</source>
        <translation>Oranje stippelkader: certificaat verloopt binnen 60 dagen.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <source>Team (empty: whole company)</source>
        <translation>Team (leeg: hele bedrijf)</translation>
    </message>
    <message>
        <source>Deployable (U or O)</source>
        <translation>Inzetbaar (U of O)</translation>
    </message>
    <message>
        <source>Can teach (O)</source>
        <translation>Kan opleiden (O)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>has completed the onboarding program {program}{function} from {start} to {end}, and has learned:</source>
        <translation>heeft het inwerkprogramma {program}{function} doorlopen van {start} tot {end}, en heeft geleerd:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Behaald niveau</translation>
    </message>
    <message>
        <source>{name}, mentor</source>
        <translation>{name}, mentor</translation>
    </message>
    <message>
        <source>{name}, owner</source>
        <translation>{name}, eigenaar</translation>
    </message>
    <message>
        <source>Onboarding progress card</source>
        <translation>Voortgangskaart inwerken</translation>
    </message>
    <message>
        <source>{trainee} · {program} · mentor {mentor} · started {start} · {percent}% done</source>
        <translation>{trainee} · {program} · mentor {mentor} · gestart {start} · {percent}% klaar</translation>
    </message>
    <message>
        <source>{company} · progress card {trainee} · printed {when}</source>
        <translation>{company} · voortgangskaart {trainee} · geprint {when}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>{module}: signature of round {round} revoked by {by} on {when}. Reason: {reason}</source>
        <translation>{module}: aftekening van ronde {round} ingetrokken door {by} op {when}. Reden: {reason}</translation>
    </message>
    <message>
        <source>Revoked sign-offs</source>
        <translation>Ingetrokken aftekeningen</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>klaar om af te tekenen</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation>Open stappen</translation>
    </message>
    <message>
        <source>Progress talks</source>
        <translation>Voortgangsgesprekken</translation>
    </message>
    <message>
        <source>Next talk: {when}</source>
        <translation>Volgend gesprek: {when}</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Quickscan: {title}</source>
        <translation>Quickscan: {title}</translation>
    </message>
    <message>
        <source>{company} · held on {date} · {n} respondent(s)</source>
        <translation>{company} · gehouden op {date} · {n} deelnemer(s)</translation>
    </message>
    <message>
        <source>DRAFT: not every question has been answered yet.</source>
        <translation>CONCEPT: nog niet elke vraag is beantwoord.</translation>
    </message>
    <message>
        <source>Compared with earlier scans</source>
        <translation>Vergeleken met eerdere scans</translation>
    </message>
    <message>
        <source>{title} — printed {date}</source>
        <translation>{title} — geprint {date}</translation>
    </message>
    <message>
        <source>Quickscan {title} — printed {date}</source>
        <translation>Quickscan {title} — geprint {date}</translation>
    </message>
    <message>
        <source>No respondent has answered every question yet, so there is no total.</source>
        <translation>Nog geen deelnemer heeft elke vraag beantwoord, dus er is geen totaal.</translation>
    </message>
    <message>
        <source>Total {total} of 40: {conclusion}</source>
        <translation>Totaal {total} van 40: {conclusion}</translation>
    </message>
    <message>
        <source>Directly involved factors: mean {direct}. Factors bound to the organisation: mean {organisation}.</source>
        <translation>Factoren die direct meespelen: gemiddeld {direct}. Factoren van de organisatie: gemiddeld {organisation}.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Factor by factor</source>
        <translation>Factor voor factor</translation>
    </message>
    <message>
        <source>Red: an attention point (mean below 2.5). Orange frame: respondents differ by two or more answers.</source>
        <translation>Rood: een aandachtspunt (gemiddeld onder 2,5). Oranje kader: deelnemers verschillen twee of meer antwoorden.</translation>
    </message>
    <message>
        <source>attention point</source>
        <translation>aandachtspunt</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>Where the respondents differ</source>
        <translation>Waar de deelnemers verschillen</translation>
    </message>
    <message>
        <source>The respondents see every factor about the same way.</source>
        <translation>De deelnemers zien elke factor ongeveer hetzelfde.</translation>
    </message>
    <message>
        <source>{factor}: {high} answered {hs}, {low} answered {ls}. Talk about why.</source>
        <translation>{factor}: {high} antwoordde {hs}, {low} antwoordde {ls}. Praat samen over het waarom.</translation>
    </message>
    <message>
        <source>Basic conditions</source>
        <translation>Basisvoorwaarden</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>Mean (1-3)</source>
        <translation>Gemiddeld (1-3)</translation>
    </message>
    <message>
        <source>Attention point</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>How the total is read (answers 1-4 on ten factors; the scan&apos;s total is the mean of the respondents&apos; totals): </source>
        <translation>Zo leest u het totaal (antwoorden 1-4 op tien factoren; het totaal van de scan is het gemiddelde van de totalen van de deelnemers): </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Training plan {year}</source>
        <translation>Opleidingsplan {year}</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>development plan</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>Year report {year}</source>
        <translation>Jaaroverzicht {year}</translation>
    </message>
    <message>
        <source>Year report {year} — printed {date}</source>
        <translation>Jaaroverzicht {year} — geprint {date}</translation>
    </message>
    <message>
        <source>{n} learning activities, {hours} hours ({on} on the job, {off} off the job), {cost} in costs, {certs} certificate(s).</source>
        <translation>{n} leeractiviteiten, {hours} uur ({on} op de werkplek, {off} buiten de werkplek), {cost} aan kosten, {certs} certificaat/certificaten.</translation>
    </message>
    <message>
        <source>Learning hours and costs</source>
        <translation>Leeruren en kosten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>On the job (h)</source>
        <translation>Op de werkplek (u)</translation>
    </message>
    <message>
        <source>Off the job (h)</source>
        <translation>Buiten de werkplek (u)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(geen team)</translation>
    </message>
    <message>
        <source>Training plan {year}: {total} line(s); {done} done, {planned} still planned, {dropped} dropped.</source>
        <translation>Opleidingsplan {year}: {total} regel(s); {done} gedaan, {planned} nog gepland, {dropped} vervallen.</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Opleidingsplan</translation>
    </message>
    <message>
        <source>Deployability</source>
        <translation>Inzetbaarheid</translation>
    </message>
    <message>
        <source>No level history yet.</source>
        <translation>Nog geen niveaugeschiedenis.</translation>
    </message>
    <message>
        <source>Deployable person-task pairs: {first} at the end of {from_}, {last} at the end of {to}.</source>
        <translation>Inzetbare combinaties van persoon en taak: {first} aan het eind van {from_}, {last} aan het eind van {to}.</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Inwerken</translation>
    </message>
    <message>
        <source>{done} trajectory(ies) completed, {started} started, {modules} module(s) signed off; {running} still running at the end of the year.</source>
        <translation>{done} traject(en) afgerond, {started} gestart, {modules} module(s) afgetekend; {running} nog bezig aan het eind van het jaar.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland klaar</translation>
    </message>
    <message>
        <source>{date} ({days} days late)</source>
        <translation>{date} ({days} dagen later)</translation>
    </message>
    <message>
        <source>{date} (on time)</source>
        <translation>{date} (op tijd)</translation>
    </message>
    <message>
        <source>{due_held} of the {due} people due a talk in {year} had one; {held} interview(s) held in all.</source>
        <translation>{due_held} van de {due} mensen die in {year} aan de beurt waren, hadden hun gesprek; in totaal {held} gesprek(ken) gehouden.</translation>
    </message>
    <message>
        <source>Development interviews</source>
        <translation>Ontwikkelgesprekken</translation>
    </message>
    <message>
        <source>Quickscan</source>
        <translation>Quickscan</translation>
    </message>
    <message>
        <source>No finished quickscan up to this year.</source>
        <translation>Geen afgeronde quickscan tot en met dit jaar.</translation>
    </message>
    <message>
        <source>Deployability matrix for the wall</source>
        <translation>Inzetbaarheidsmatrix voor aan de muur</translation>
    </message>
    <message>
        <source>Who can do what, as ILUO squares on A3 landscape: every page with the task names, the legend and the coverage against the targets; expired certificates marked.</source>
        <translation>Wie kan wat, als ILUO-vakjes op A3 liggend: elke pagina met de taaknamen, de legenda en de bezetting tegenover de streefwaarden; verlopen certificaten gemarkeerd.</translation>
    </message>
    <message>
        <source>Print for the wall…</source>
        <translation>Printen voor aan de muur…</translation>
    </message>
    <message>
        <source>Deployability matrix in Excel</source>
        <translation>Inzetbaarheidsmatrix in Excel</translation>
    </message>
    <message>
        <source>The matrix as an .xlsx in the familiar layout, to share or to keep; it can be imported again.</source>
        <translation>De matrix als .xlsx in de bekende opmaak, om te delen of te bewaren; hij kan weer worden ingelezen.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Year report for the owner</source>
        <translation>Jaaroverzicht voor de eigenaar</translation>
    </message>
    <message>
        <source>The year on paper: learning hours and costs on and off the job, the training plan, the deployability trend, onboarding, interviews and the quickscans, with charts.</source>
        <translation>Het jaar op papier: leeruren en kosten op en buiten de werkplek, het opleidingsplan, het verloop van de inzetbaarheid, inwerken, gesprekken en de quickscans, met grafieken.</translation>
    </message>
    <message>
        <source>Make the year report…</source>
        <translation>Jaaroverzicht maken…</translation>
    </message>
    <message>
        <source>Quickscan result</source>
        <translation>Uitslag quickscan</translation>
    </message>
    <message>
        <source>The conclusion, the radar chart, factor by factor what it means and a next step, and where the respondents differ.</source>
        <translation>De conclusie, het radardiagram, per factor wat het betekent en een volgende stap, en waar de deelnemers verschillen.</translation>
    </message>
    <message>
        <source>Print a quickscan…</source>
        <translation>Quickscan printen…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Training targets</source>
        <translation>Opleidingsdoelen</translation>
    </message>
    <message>
        <source>Coverage targets</source>
        <translation>Streefwaarden</translation>
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
        <source>trainee</source>
        <translation>leerling</translation>
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
    <name>settings</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>wplstudio was started again; this window was already open.</source>
        <translation>wplstudio werd nog een keer gestart; dit venster was al open.</translation>
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
<context>
    <name>values</name>
    <message>
        <source>course</source>
        <translation>cursus</translation>
    </message>
    <message>
        <source>on the job</source>
        <translation>op de werkplek</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>coaching</translation>
    </message>
    <message>
        <source>cross training</source>
        <translation>elkaars werk leren</translation>
    </message>
    <message>
        <source>job rotation</source>
        <translation>taakroulatie</translation>
    </message>
    <message>
        <source>knowledge sharing</source>
        <translation>kennissessie</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>leren</translation>
    </message>
    <message>
        <source>mentoring</source>
        <translation>begeleiden</translation>
    </message>
    <message>
        <source>peer review</source>
        <translation>intervisie</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>inwerken</translation>
    </message>
    <message>
        <source>display</source>
        <translation>werkplaatsscherm</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medewerker</translation>
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
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>leerling</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>gespreksleider</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gevoerd</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
</context>
</TS>
