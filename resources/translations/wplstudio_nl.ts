<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>MainWindow</name>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
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
        <source>Who can do what and who can teach it, with targets, gaps and certificates.</source>
        <translation>Wie kan wat en wie kan het leren aan een ander, met streefwaarden, tekorten en certificaten.</translation>
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
        <source>The backup at {path} failed its check and was set aside. Try again, or check the disk.</source>
        <translation>De back-up {path} kwam niet door de controle en is apart gezet. Probeer het opnieuw, of laat de schijf nakijken.</translation>
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
        <source>This record no longer exists; someone may have removed it. Refresh the list.</source>
        <translation>Dit gegeven bestaat niet meer; misschien heeft iemand het verwijderd. Ververs de lijst.</translation>
    </message>
    <message>
        <source>Changed by {who} at {when} while you were editing. Your change was not saved; reopen the record to see the new data.</source>
        <translation>Gewijzigd door {who} om {when} terwijl u aan het bewerken was. Uw wijziging is niet opgeslagen; open het opnieuw om de nieuwe gegevens te zien.</translation>
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
</context>
<context>
    <name>fields</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
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
</TS>
