<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessPage</name>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>How to reach the nodes over SSH. Passwords stay in memory for this session only: they are never saved, logged or exported.</source>
        <translation>Wie die Knoten per SSH erreicht werden. Passwörter bleiben nur für diese Sitzung im Speicher: Sie werden nie gespeichert, protokolliert oder exportiert.</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519 (empty: ~/.ssh/config's IdentityFile)</source>
        <translation>~/.ssh/id_ed25519 (leer: IdentityFile aus ~/.ssh/config)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>empty: sudo needs no password (NOPASSWD)</source>
        <translation>leer: sudo braucht kein Passwort (NOPASSWD)</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation>SSH-P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>SSH password / key &amp;passphrase:</source>
        <translation>SSH-Passwort / Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;sudo password:</source>
        <translation>sudo-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Installer directory:</source>
        <translation>Installer-Verzeichnis:</translation>
    </message>
    <message>
        <source>Installation directory (-p):</source>
        <translation>Installationsverzeichnis (-p):</translation>
    </message>
    <message>
        <source>Platform a&amp;dmin password:</source>
        <translation>A&amp;dmin-Passwort der Plattform:</translation>
    </message>
    <message>
        <source>Confirm admin password:</source>
        <translation>Admin-Passwort bestätigen:</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>Verbindungen &amp;testen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Connects as</source>
        <translation>Verbindet als</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>SSH user: enter the user to log in as.</source>
        <translation>SSH-Benutzer: Geben Sie den Anmeldebenutzer ein.</translation>
    </message>
    <message>
        <source>SSH password: password authentication needs the password.</source>
        <translation>SSH-Passwort: Die Passwort-Authentifizierung braucht das Passwort.</translation>
    </message>
    <message>
        <source>Platform admin password: the install writes it to each node's .pass; enter it.</source>
        <translation>Admin-Passwort der Plattform: Die Installation schreibt es in die .pass jedes Knotens; bitte eingeben.</translation>
    </message>
    <message>
        <source>Confirm admin password: the two entries differ.</source>
        <translation>Admin-Passwort bestätigen: Die beiden Eingaben unterscheiden sich.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)...</source>
        <translation>
            <numerusform>Verbinde mit %n Knoten...</numerusform>
            <numerusform>Verbinde mit %n Knoten...</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertraut</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Run "Test connections": every node must be reached, with sudo usable, before going on.</source>
        <translation>Führen Sie "Verbindungen testen" aus: Jeder Knoten muss erreichbar und sudo nutzbar sein, bevor es weitergeht.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not ready; see the Result column.</source>
        <translation>
            <numerusform>%n Knoten nicht bereit; siehe Spalte Ergebnis.</numerusform>
            <numerusform>%n Knoten nicht bereit; siehe Spalte Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every node is reachable and sudo works.</source>
        <translation>Jeder Knoten ist erreichbar und sudo funktioniert.</translation>
    </message>
    <message>
        <source>Connected; sudo works without a password.</source>
        <translation>Verbunden; sudo funktioniert ohne Passwort.</translation>
    </message>
    <message>
        <source>Connected; sudo needs a password: enter the sudo password above.</source>
        <translation>Verbunden; sudo braucht ein Passwort: Geben Sie oben das sudo-Passwort ein.</translation>
    </message>
    <message>
        <source>Connected; sudo accepted the password.</source>
        <translation>Verbunden; sudo hat das Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>Connected; sudo REFUSED the password (wrong password or not in sudoers).</source>
        <translation>Verbunden; sudo hat das Passwort ABGELEHNT (falsches Passwort oder nicht in sudoers).</translation>
    </message>
    <message>
        <source>Connected; but this user may not use sudo, which the install needs.</source>
        <translation>Verbunden; aber dieser Benutzer darf sudo nicht verwenden, das die Installation braucht.</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>WIDERRUFEN</translation>
    </message>
    <message>
        <source>CERTIFICATE REFUSED</source>
        <translation>ZERTIFIKAT ABGELEHNT</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>zertifiziert</translation>
    </message>
    <message>
        <source>empty: direct, or ~/.ssh/config's ProxyJump; e.g. ops@bastion.example.com:2222</source>
        <translation>leer: direkt oder der ProxyJump aus ~/.ssh/config; z. B. ops@bastion.example.com:2222</translation>
    </message>
    <message>
        <source>Jump hosts (bastions) as ssh -J takes them: [user@]host[:port], nearest first, separated by commas; "none" ignores ~/.ssh/config's ProxyJump. Each jump host's key is checked and pinned like a node's. Per node: the Topology page's "SSH via" column.</source>
        <translation>Jump-Hosts (Bastionen) wie bei ssh -J: [Benutzer@]Host[:Port], der nächste zuerst, durch Kommas getrennt; "none" ignoriert den ProxyJump aus ~/.ssh/config. Der Schlüssel jedes Jump-Hosts wird wie der eines Knotens geprüft und gepinnt. Pro Knoten: die Spalte "SSH über" der Topologie-Seite.</translation>
    </message>
    <message>
        <source>&amp;Jump hosts (ProxyJump):</source>
        <translation>&amp;Jump-Hosts (ProxyJump):</translation>
    </message>
    <message>
        <source>Per-node SSH host, port, user and jump hosts: the Topology page's columns.</source>
        <translation>SSH-Host, -Port, -Benutzer und Jump-Hosts pro Knoten: die Spalten der Topologie-Seite.</translation>
    </message>
    <message>
        <source>Jump hosts: %1.</source>
        <translation>Jump-Hosts: %1.</translation>
    </message>
</context>
<context>
    <name>AddNodePage</name>
    <message>
        <source>Add a node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Add a frontend or a scan node to the running cluster, as the guide does. Nothing is changed until you install.</source>
        <translation>Fügen Sie dem laufenden Cluster ein Frontend oder einen Scan-Knoten hinzu, wie im Leitfaden beschrieben. Bis zur Installation wird nichts geändert.</translation>
    </message>
    <message>
        <source>private IP, e.g. 10.0.2.23</source>
        <translation>private IP, z. B. 10.0.2.23</translation>
    </message>
    <message>
        <source>Additional frontend (ADDITIONAL_FRONTEND)</source>
        <translation>Zusätzliches Frontend (ADDITIONAL_FRONTEND)</translation>
    </message>
    <message>
        <source>Scan node (HAProxy and Scheduler only)</source>
        <translation>Scan-Knoten (nur HAProxy und Scheduler)</translation>
    </message>
    <message>
        <source>optional: site / availability zone</source>
        <translation>optional: Standort / Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>optional: connect here instead of the IP</source>
        <translation>optional: hierhin statt zur IP verbinden</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>optional: the project's user</source>
        <translation>optional: Benutzer des Projekts</translation>
    </message>
    <message>
        <source>&amp;Show what changes</source>
        <translation>Änderungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Private IP:</source>
        <translation>Private IP:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH:</translation>
    </message>
    <message>
        <source>Node / file</source>
        <translation>Knoten / Datei</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 is already in the project: an earlier addition resumes where it stopped. </source>
        <translation>%1 ist bereits im Projekt: eine frühere Erweiterung wird dort fortgesetzt, wo sie stehen blieb. </translation>
    </message>
    <message>
        <source>Load balancer: %1 is written with the other generated files.</source>
        <translation>Load Balancer: %1 wird mit den anderen erzeugten Dateien geschrieben.</translation>
    </message>
    <message>
        <source>Nodes touched: %1; steps: %2; phases: %3:</source>
        <translation>Betroffene Knoten: %1; Schritte: %2; Phasen: %3:</translation>
    </message>
</context>
<context>
    <name>AuthMethodCombo</name>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file (with passphrase)</source>
        <translation>Schlüsseldatei (mit Passphrase)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Keyboard-interactive</source>
        <translation>Keyboard-interactive</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>the cluster has errors; fix them first</source>
        <translation>der Cluster hat Fehler; beheben Sie sie zuerst</translation>
    </message>
    <message>
        <source>imported certificates checked against %1</source>
        <translation>eigenen Zertifikaten, geprüft gegen %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing written</source>
        <translation>%1: %2; nichts geschrieben</translation>
    </message>
    <message>
        <source>your CA %1</source>
        <translation>Ihrer CA %1</translation>
    </message>
    <message>
        <source>%1 holds a CA certificate without its key; bring that CA (certificate and key) to sign new certificates, or remove the folder to start with a new CA</source>
        <translation>%1 enthält ein CA-Zertifikat ohne seinen Schlüssel; bringen Sie diese CA (Zertifikat und Schlüssel) mit, um neue Zertifikate zu signieren, oder entfernen Sie den Ordner, um mit einer neuen CA zu beginnen</translation>
    </message>
    <message>
        <source>the existing CA in %1</source>
        <translation>der vorhandenen CA in %1</translation>
    </message>
    <message>
        <source>a new CA</source>
        <translation>einer neuen CA</translation>
    </message>
    <message>
        <source>stopped: no certificate was written, the folder is as it was</source>
        <translation>angehalten: kein Zertifikat wurde geschrieben, der Ordner ist unverändert</translation>
    </message>
    <message>
        <source>; nothing written</source>
        <translation>; nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>CertificatesJob</name>
    <message>
        <source>Fix the topology's errors first.</source>
        <translation>Beheben Sie zuerst die Fehler der Topologie.</translation>
    </message>
    <message>
        <source>Signed with %1: %2 certificate(s) issued, %3 kept.</source>
        <translation>Signiert mit %1: %2 Zertifikat(e) ausgestellt, %3 beibehalten.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>A mutual-TLS certificate per node and a web certificate per frontend, signed by the cluster's CA. The CA's private key never goes to a node.</source>
        <translation>Ein mTLS-Zertifikat je Knoten und ein Web-Zertifikat je Frontend, signiert von der CA des Clusters. Der private Schlüssel der CA gelangt nie auf einen Knoten.</translation>
    </message>
    <message>
        <source>&amp;Generate a new CA and every certificate</source>
        <translation>Neue CA und alle Zertifikate &amp;erzeugen</translation>
    </message>
    <message>
        <source>Sign with &amp;my organisation's CA (certificate and key)</source>
        <translation>Mit der CA &amp;meiner Organisation signieren (Zertifikat und Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;Bring my own certificates (checked against my CA, nothing signed)</source>
        <translation>&amp;Eigene Zertifikate mitbringen (gegen meine CA geprüft, nichts wird signiert)</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>nur für einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>a folder laid out like certificates/ (nodes/, web/)</source>
        <translation>ein Ordner aufgebaut wie certificates/ (nodes/, web/)</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>CA validity (days):</source>
        <translation>Gültigkeit der CA (Tage):</translation>
    </message>
    <message>
        <source>Certificate validity (days):</source>
        <translation>Gültigkeit der Zertifikate (Tage):</translation>
    </message>
    <message>
        <source>CA certificate (PEM):</source>
        <translation>CA-Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>CA private key (PEM):</source>
        <translation>Privater CA-Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>CA key passphrase:</source>
        <translation>Passphrase des CA-Schlüssels:</translation>
    </message>
    <message>
        <source>Certificates folder:</source>
        <translation>Zertifikatsordner:</translation>
    </message>
    <message>
        <source>&amp;Create certificates</source>
        <translation>Zertifikate &amp;erstellen</translation>
    </message>
    <message>
        <source>Every certificate passed OpenSSL's checks (chain, key, names, expiry).</source>
        <translation>Jedes Zertifikat hat die OpenSSL-Prüfungen bestanden (Kette, Schlüssel, Namen, Ablauf).</translation>
    </message>
    <message>
        <source>No certificates yet: choose how to make them, then "Create certificates".</source>
        <translation>Noch keine Zertifikate: Wählen Sie, wie sie entstehen, dann "Zertifikate erstellen".</translation>
    </message>
    <message>
        <source>The certificates in the output folder do not fit this cluster; create them again.</source>
        <translation>Die Zertifikate im Ausgabeordner passen nicht zu diesem Cluster; erstellen Sie sie neu.</translation>
    </message>
    <message>
        <source>%1: cannot read "%2"%3</source>
        <translation>%1: "%2" ist nicht lesbar%3</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>CA private key</source>
        <translation>Privater CA-Schlüssel</translation>
    </message>
    <message>
        <source>Certificates folder: choose the folder holding nodes/ and web/.</source>
        <translation>Zertifikatsordner: Wählen Sie den Ordner mit nodes/ und web/.</translation>
    </message>
    <message>
        <source>Creating certificates...</source>
        <translation>Erstelle Zertifikate...</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt);;All files (*)</source>
        <translation>PEM (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM (*.pem *.key);;All files (*)</source>
        <translation>PEM (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificates folder</source>
        <translation>Zertifikatsordner</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>%1 of %2 certificates signed</source>
        <translation>%1 von %2 Zertifikaten signiert</translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message>
        <source>, served by </source>
        <translation>, ausgeliefert von </translation>
    </message>
    <message>
        <source>405: POST only, so routing works</source>
        <translation>405: nur POST, das Routing funktioniert also</translation>
    </message>
    <message>
        <source>: renew it (certs keeps valid ones and re-issues those this close to expiry)</source>
        <translation>: erneuern Sie es (Zertifikate erstellen behält gültige und stellt so kurz vor dem Ablauf neue aus)</translation>
    </message>
    <message>
        <source> (after %1 s: the load balancer had not marked a frontend up yet)</source>
        <translation> (nach %1 s: der Load Balancer hatte noch kein Frontend als verfügbar markiert)</translation>
    </message>
    <message>
        <source> (still, %1 s after the frontends answered directly)</source>
        <translation> (weiterhin, %1 s nachdem die Frontends direkt geantwortet haben)</translation>
    </message>
    <message>
        <source>GET %1: %2 (want %3), %4 ms%5</source>
        <translation>GET %1: %2 (erwartet %3), %4 ms%5</translation>
    </message>
    <message>
        <source>CN %1; SANs %2; expires %3 (%4 days)%5</source>
        <translation>CN %1; SANs %2; läuft ab am %3 (%4 Tage)%5</translation>
    </message>
</context>
<context>
    <name>ClusterImportJob</name>
    <message>
        <source>Imported from %1: multi_node_config.conf (%2 bytes), the CA certificate%3%4.</source>
        <translation>Importiert von %1: multi_node_config.conf (%2 Bytes), das CA-Zertifikat%3%4.</translation>
    </message>
    <message>
        <source> and key</source>
        <translation> und der Schlüssel</translation>
    </message>
    <message>
        <source>, the certificate bundle</source>
        <translation>, das Zertifikatspaket</translation>
    </message>
</context>
<context>
    <name>ClusterSession</name>
    <message>
        <source>new cluster (%1-node template)</source>
        <translation>neuer Cluster (Vorlage mit %1 Knoten)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>choose where to save the project first</source>
        <translation>wählen Sie zuerst, wo das Projekt gespeichert wird</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLEM: %1</translation>
    </message>
    <message>
        <source>%1: CN=%2, expires %3%4</source>
        <translation>%1: CN=%2, läuft ab am %3%4</translation>
    </message>
    <message>
        <source>, SANs %1</source>
        <translation>, SANs %1</translation>
    </message>
</context>
<context>
    <name>ClusterVerifier</name>
    <message>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>manage.sh status failed (%1)%2</source>
        <translation>manage.sh status ist gescheitert (%1)%2</translation>
    </message>
    <message>
        <source>cannot list the steps (%1)</source>
        <translation>die Schritte lassen sich nicht auflisten (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectFailure</name>
    <message>
        <source>%1 (jump host %2 reached %3:%4, then the node's SSH server ended the handshake: look at its sshd log, for example a MaxStartups limit or a key exchange it refuses, or check that %4 is its SSH port; compare with ssh -v -J %2 -p %4 %3)</source>
        <translation>%1 (der Jump-Host %2 hat %3:%4 erreicht, dann hat der SSH-Server des Knotens den Handshake beendet: sehen Sie in sein sshd-Log, etwa nach einem MaxStartups-Limit oder einem abgelehnten Schlüsselaustausch, oder prüfen Sie, ob %4 sein SSH-Port ist; vergleichen Sie mit ssh -v -J %2 -p %4 %3)</translation>
    </message>
    <message>
        <source>%1 (through the ProxyCommand of ssh_config: try that hop with ssh -v first)</source>
        <translation>%1 (über den ProxyCommand aus ssh_config: versuchen Sie diesen Sprung zuerst mit ssh -v)</translation>
    </message>
    <message>
        <source>the name %1 does not resolve from this machine (%2): check DNS, /etc/hosts, the VPN, or give the node's address (or an ssh_config HostName)</source>
        <translation>der Name %1 lässt sich auf diesem Rechner nicht auflösen (%2): prüfen Sie DNS, /etc/hosts und das VPN, oder geben Sie die Adresse des Knotens an (oder einen HostName in ssh_config)</translation>
    </message>
    <message>
        <source>connection refused on %1 port %2: no sshd listens there (is it running, on another port, or is the port filtered with a reject rule?)</source>
        <translation>Verbindung zu %1 Port %2 abgelehnt: dort lauscht kein sshd (läuft er, auf einem anderen Port, oder filtert eine Reject-Regel den Port?)</translation>
    </message>
    <message>
        <source>no route to %1 port %2 (%3): check the VPN, the routing table and the address</source>
        <translation>keine Route zu %1 Port %2 (%3): prüfen Sie das VPN, die Routing-Tabelle und die Adresse</translation>
    </message>
    <message>
        <source>no answer from %1 port %2 within %3 s: the node is down, or a firewall drops the packets (security groups, host firewall), or the VPN is not up</source>
        <translation>keine Antwort von %1 Port %2 innerhalb von %3 s: der Knoten ist aus, eine Firewall verwirft die Pakete (Security Groups, Host-Firewall) oder das VPN steht nicht</translation>
    </message>
    <message>
        <source>cannot reach %1 port %2: %3</source>
        <translation>%1 Port %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections but the SSH handshake failed (%3): the server closed or stalled during the key exchange; sshd may be refusing new connections (MaxStartups, too many at once), be overloaded, or not be an SSH server</source>
        <translation>%1 Port %2 nimmt Verbindungen an, aber der SSH-Handshake ist gescheitert (%3): der Server hat während des Schlüsselaustauschs geschlossen oder hängt; sshd lehnt vielleicht neue Verbindungen ab (MaxStartups, zu viele auf einmal), ist überlastet oder ist kein SSH-Server</translation>
    </message>
</context>
<context>
    <name>DrillPage</name>
    <message>
        <source>Failover drills</source>
        <translation>Ausfallübungen</translation>
    </message>
    <message>
        <source>Optional: prove the cluster survives losing a frontend, a backend or a whole site. Whatever is stopped is restored, also after a failure or a cancel.</source>
        <translation>Optional: Zeigen Sie, dass der Cluster den Verlust eines Frontends, eines Backends oder eines ganzen Standorts übersteht. Alles Angehaltene wird wiederhergestellt, auch nach einem Fehler oder Abbruch.</translation>
    </message>
    <message>
        <source>A frontend</source>
        <translation>Ein Frontend</translation>
    </message>
    <message>
        <source>A backend</source>
        <translation>Ein Backend</translation>
    </message>
    <message>
        <source>A whole site (stretch clusters)</source>
        <translation>Einen ganzen Standort (gestreckte Cluster)</translation>
    </message>
    <message>
        <source>HOST[:PORT] users go through; empty: the VIP or the FQDN</source>
        <translation>HOST[:PORT], über den Benutzer kommen; leer: die VIP oder der FQDN</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the entry point may take to route around the loss.</source>
        <translation>Wie lange der Einstiegspunkt brauchen darf, um den Ausfall zu umgehen.</translation>
    </message>
    <message>
        <source>&amp;Stop:</source>
        <translation>&amp;Anhalten:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Welche(n):</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Einstiegspunkt:</translation>
    </message>
    <message>
        <source>&amp;Failover allowed:</source>
        <translation>&amp;Umschaltzeit erlaubt:</translation>
    </message>
    <message>
        <source>&amp;Run drill</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel drill</source>
        <translation>Übung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>PASS: %1</source>
        <translation>BESTANDEN: %1</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>NICHT BESTANDEN: %1</translation>
    </message>
    <message>
        <source>NOT everything could be restored: see the timeline.</source>
        <translation>NICHT alles konnte wiederhergestellt werden: siehe Zeitleiste.</translation>
    </message>
    <message>
        <source>Drill running...</source>
        <translation>Übung läuft...</translation>
    </message>
</context>
<context>
    <name>DrillRun</name>
    <message>
        <source>entry: %1</source>
        <translation>Einstieg: %1</translation>
    </message>
    <message>
        <source>cancelled; everything stopped is being restored</source>
        <translation>abgebrochen; alles Angehaltene wird wiederhergestellt</translation>
    </message>
    <message>
        <source>no node is in site %1</source>
        <translation>kein Knoten steht am Standort %1</translation>
    </message>
    <message>
        <source>no node named %1</source>
        <translation>kein Knoten heißt %1</translation>
    </message>
    <message>
        <source>%1 is not a frontend (%2)</source>
        <translation>%1 ist kein Frontend (%2)</translation>
    </message>
    <message>
        <source>%1 is not a backend (%2)</source>
        <translation>%1 ist kein Backend (%2)</translation>
    </message>
    <message>
        <source>not started: the entry %1:%2 is not healthy before the drill (%3)</source>
        <translation>nicht gestartet: der Einstieg %1:%2 ist schon vor der Übung nicht gesund (%3)</translation>
    </message>
    <message>
        <source>before: %1:%2 answers /health-check (served by %3)</source>
        <translation>vorher: %1:%2 beantwortet /health-check (ausgeliefert von %3)</translation>
    </message>
    <message>
        <source>cannot reach %1 to pause its health-check cron: %2</source>
        <translation>%1 ist nicht erreichbar, um seinen Health-Check-Cron anzuhalten: %2</translation>
    </message>
    <message>
        <source>cannot pause the health-check cron on %1: %2</source>
        <translation>der Health-Check-Cron auf %1 lässt sich nicht anhalten: %2</translation>
    </message>
    <message>
        <source>paused the health-check cron on all %1 nodes</source>
        <translation>Health-Check-Cron auf allen %1 Knoten angehalten</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>stopping %1 failed: %2</source>
        <translation>das Anhalten von %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>stopped %1 on %2</source>
        <translation>%1 auf %2 angehalten</translation>
    </message>
    <message>
        <source>quorum: %1 of %2 voters left, %3 needed: %4</source>
        <translation>Quorum: %1 von %2 Stimmberechtigten übrig, %3 nötig: %4</translation>
    </message>
    <message>
        <source>quorum: %1 of %2 voters left, %3 needed</source>
        <translation>Quorum: %1 von %2 Stimmberechtigten übrig, %3 nötig</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>during: %1:%2 keeps answering /health-check from the others (%3), %4 s after the stop</source>
        <translation>währenddessen: %1:%2 beantwortet /health-check weiter von den anderen aus (%3), %4 s nach dem Anhalten</translation>
    </message>
    <message>
        <source>during: %1:%2 did not answer from another node within %3 s (last: %4)</source>
        <translation>währenddessen: %1:%2 hat innerhalb von %3 s nicht von einem anderen Knoten aus geantwortet (zuletzt: %4)</translation>
    </message>
    <message>
        <source>after: %1 answers /health-check again</source>
        <translation>nachher: %1 beantwortet /health-check wieder</translation>
    </message>
    <message>
        <source>after: %1 does not answer /health-check within %2 s</source>
        <translation>nachher: %1 beantwortet /health-check nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <source>could not restore everything: see the timeline</source>
        <translation>nicht alles ließ sich wiederherstellen: siehe den Zeitverlauf</translation>
    </message>
    <message>
        <source>losing %1 breaks quorum (%2); everything was restored</source>
        <translation>der Ausfall von %1 bricht das Quorum (%2); alles wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>users were not served through %1:%2 while %3 was down; everything was restored</source>
        <translation>Benutzer wurden über %1:%2 nicht bedient, solange %3 aus war; alles wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>restored, but not everything answers again</source>
        <translation>wiederhergestellt, aber nicht alles antwortet wieder</translation>
    </message>
    <message>
        <source>users kept being served through %1:%2 while %3 was down, and everything is back</source>
        <translation>Benutzer wurden über %1:%2 weiter bedient, solange %3 aus war, und alles ist zurück</translation>
    </message>
    <message>
        <source>cannot reconnect: %1</source>
        <translation>keine erneute Verbindung: %1</translation>
    </message>
    <message>
        <source>no exit status: %1</source>
        <translation>kein Exit-Status: %1</translation>
    </message>
    <message>
        <source>restore %1: connection lost while starting %2 (%3); reconnecting</source>
        <translation>Wiederherstellung %1: Verbindung beim Starten von %2 verloren (%3); neue Verbindung</translation>
    </message>
    <message>
        <source>restore %1: cannot connect: %2</source>
        <translation>Wiederherstellung %1: keine Verbindung: %2</translation>
    </message>
    <message>
        <source>restore %1: starting %2 failed: %3</source>
        <translation>Wiederherstellung %1: das Starten von %2 ist gescheitert: %3</translation>
    </message>
    <message>
        <source>restored %1: started %2</source>
        <translation>%1 wiederhergestellt: %2 gestartet</translation>
    </message>
    <message>
        <source>restore %1: crontab not restored, cannot connect: %2</source>
        <translation>Wiederherstellung %1: crontab nicht wiederhergestellt, keine Verbindung: %2</translation>
    </message>
    <message>
        <source>restored %1: crontab as it was</source>
        <translation>%1 wiederhergestellt: crontab wie zuvor</translation>
    </message>
    <message>
        <source>restore %1: crontab failed: %2</source>
        <translation>Wiederherstellung %1: crontab gescheitert: %2</translation>
    </message>
    <message>
        <source>verdict: %1: %2</source>
        <translation>Ergebnis: %1: %2</translation>
    </message>
</context>
<context>
    <name>EntryPoint</name>
    <message>
        <source>%1 is a node of the cluster: using its address %2</source>
        <translation>%1 ist ein Knoten des Clusters: seine Adresse %2 wird verwendet</translation>
    </message>
    <message>
        <source>%1 does not resolve here and the project names no address for it: give the entry point with --via HOST[:PORT]</source>
        <translation>%1 lässt sich hier nicht auflösen, und das Projekt nennt keine Adresse dafür: geben Sie den Einstiegspunkt an (--via HOST[:PORT] in der CLI)</translation>
    </message>
    <message>
        <source>%1 does not resolve here; using %2 from the project (TLS name and Host stay %1)</source>
        <translation>%1 lässt sich hier nicht auflösen; %2 aus dem Projekt wird verwendet (TLS-Name und Host bleiben %1)</translation>
    </message>
    <message>
        <source>the entry %1 is a frontend of the cluster, not a load balancer: a drill through it proves less than one through the load balancer</source>
        <translation>der Einstieg %1 ist ein Frontend des Clusters, kein Load Balancer: eine Übung darüber beweist weniger als eine über den Load Balancer</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>Fix the topology's errors first.</source>
        <translation>Beheben Sie zuerst die Fehler der Topologie.</translation>
    </message>
    <message>
        <source>Save the project first (Review page).</source>
        <translation>Speichern Sie zuerst das Projekt (Seite Überprüfung).</translation>
    </message>
    <message>
        <source>Export failed: %1. Nothing was written.</source>
        <translation>Export fehlgeschlagen: %1. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 files, %3 bytes)</source>
        <translation>Paket geschrieben: %1 (%2 Dateien, %3 Bytes)</translation>
    </message>
</context>
<context>
    <name>ExternalAccessPage</name>
    <message>
        <source>External access</source>
        <translation>Externer Zugriff</translation>
    </message>
    <message>
        <source>The name users and sensors reach the platform by, and what sends them to the frontends.</source>
        <translation>Der Name, unter dem Benutzer und Sensoren die Plattform erreichen, und was sie zu den Frontends leitet.</translation>
    </message>
    <message>
        <source>None: /etc/hosts entries or your own DNS</source>
        <translation>Keiner: /etc/hosts-Einträge oder eigenes DNS</translation>
    </message>
    <message>
        <source>DNS multi-value records (Route 53)</source>
        <translation>DNS-Mehrwerteinträge (Route 53)</translation>
    </message>
    <message>
        <source>L4 load balancer (AWS NLB)</source>
        <translation>L4-Load-Balancer (AWS NLB)</translation>
    </message>
    <message>
        <source>L7 load balancer (Azure Application Gateway)</source>
        <translation>L7-Load-Balancer (Azure Application Gateway)</translation>
    </message>
    <message>
        <source>On-prem HAProxy + Keepalived with a virtual IP</source>
        <translation>On-Prem HAProxy + Keepalived mit virtueller IP</translation>
    </message>
    <message>
        <source>Add "&lt;ip&gt; &lt;fqdn&gt;" to every node's /etc/hosts (the guide's fallback when DNS does not resolve the FQDN)</source>
        <translation>"&lt;ip&gt; &lt;fqdn&gt;" in /etc/hosts jedes Knotens eintragen (der Ausweg der Anleitung, wenn DNS den FQDN nicht auflöst)</translation>
    </message>
    <message>
        <source>empty: the first frontend</source>
        <translation>leer: das erste Frontend</translation>
    </message>
    <message>
        <source>Backends resolve the FQDN to:</source>
        <translation>Backends lösen den FQDN auf zu:</translation>
    </message>
    <message>
        <source>Hosted zone ID:</source>
        <translation>Hosted-Zone-ID:</translation>
    </message>
    <message>
        <source>TTL (s):</source>
        <translation>TTL (s):</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>VPC:</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>Subnetze:</translation>
    </message>
    <message>
        <source>LB security group:</source>
        <translation>Sicherheitsgruppe des LB:</translation>
    </message>
    <message>
        <source>Frontend security group:</source>
        <translation>Sicherheitsgruppe der Frontends:</translation>
    </message>
    <message>
        <source>LB subnet CIDR (firewall):</source>
        <translation>CIDR des LB-Subnetzes (Firewall):</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>Ressourcengruppe:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Virtual network:</source>
        <translation>Virtuelles Netzwerk:</translation>
    </message>
    <message>
        <source>Gateway subnet:</source>
        <translation>Gateway-Subnetz:</translation>
    </message>
    <message>
        <source>Network security group:</source>
        <translation>Netzwerksicherheitsgruppe:</translation>
    </message>
    <message>
        <source>Gateway name:</source>
        <translation>Gateway-Name:</translation>
    </message>
    <message>
        <source>Gateway subnet CIDR (firewall):</source>
        <translation>CIDR des Gateway-Subnetzes (Firewall):</translation>
    </message>
    <message>
        <source>LB hostname</source>
        <translation>LB-Hostname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Add LB node</source>
        <translation>LB-Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Virtual IP:</source>
        <translation>Virtuelle IP:</translation>
    </message>
    <message>
        <source>HAProxy nodes (first is MASTER):</source>
        <translation>HAProxy-Knoten (der erste ist MASTER):</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Verteilung:</translation>
    </message>
    <message>
        <source>VRRP router ID:</source>
        <translation>VRRP-Router-ID:</translation>
    </message>
    <message>
        <source>Analytics &amp;hostname:</source>
        <translation>Analytics-&amp;Hostname:</translation>
    </message>
    <message>
        <source>Analytics &amp;domain:</source>
        <translation>Analytics-&amp;Domäne:</translation>
    </message>
    <message>
        <source>&amp;Frontend port:</source>
        <translation>&amp;Frontend-Port:</translation>
    </message>
    <message>
        <source>DNS / &amp;load balancer:</source>
        <translation>DNS / &amp;Load-Balancer:</translation>
    </message>
    <message>
        <source>Analytics hostname: enter the first label of the FQDN users open (e.g. agilesec).</source>
        <translation>Analytics-Hostname: Geben Sie den ersten Teil des FQDN ein, den Benutzer öffnen (z. B. agilesec).</translation>
    </message>
    <message>
        <source>Analytics domain: enter the domain (e.g. example.com).</source>
        <translation>Analytics-Domäne: Geben Sie die Domäne ein (z. B. example.com).</translation>
    </message>
    <message>
        <source>FQDN %1: %2</source>
        <translation>FQDN %1: %2</translation>
    </message>
    <message>
        <source>Virtual IP: enter the address the load balancers share (e.g. 10.0.0.100).</source>
        <translation>Virtuelle IP: Geben Sie die Adresse ein, die sich die Load-Balancer teilen (z. B. 10.0.0.100).</translation>
    </message>
    <message>
        <source>The topology has errors (Topology page).</source>
        <translation>Die Topologie hat Fehler (Seite Topologie).</translation>
    </message>
    <message>
        <source>Users will open https://%1:%2/ (entry point: %3)</source>
        <translation>Benutzer öffnen https://%1:%2/ (Einstiegspunkt: %3)</translation>
    </message>
    <message>
        <source>An HTTPS health check on /health-check per record (public addresses only)</source>
        <translation>Eine HTTPS-Zustandsprüfung auf /health-check je Eintrag (nur öffentliche Adressen)</translation>
    </message>
    <message>
        <source>Without one, DNS keeps answering with a frontend that is down. Route 53's checkers cannot reach private addresses; those records get none.</source>
        <translation>Ohne sie antwortet DNS weiter mit einem ausgefallenen Frontend. Die Prüfer von Route 53 erreichen keine privaten Adressen; diese Einträge erhalten keine.</translation>
    </message>
    <message>
        <source>HAProxy nodes, row %1: enter the node's host name and its IP address.</source>
        <translation>HAProxy-Knoten, Zeile %1: Geben Sie den Hostnamen und die IP-Adresse des Knotens ein.</translation>
    </message>
    <message>
        <source>HAProxy nodes: add at least one load-balancer node (two for failover).</source>
        <translation>HAProxy-Knoten: Fügen Sie mindestens einen Load-Balancer-Knoten hinzu (zwei für Failover).</translation>
    </message>
    <message>
        <source>HAProxy nodes</source>
        <translation>HAProxy-Knoten</translation>
    </message>
    <message>
        <source>Virtual IP</source>
        <translation>Virtuelle IP</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>VRRP router id</source>
        <translation>VRRP-Router-ID</translation>
    </message>
    <message>
        <source>Route 53 health checks</source>
        <translation>Route-53-Zustandsprüfungen</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Open the &amp;output folder</source>
        <translation>&amp;Ausgabeordner öffnen</translation>
    </message>
    <message>
        <source>Access information for Web UI
  Login URL: %1/signin
  Admin username: admin - Password (as provided during installation)
  Ingestion service endpoint for v3 unified sensor: %1/v3/ingest
  Ingestion endpoint for v2 sensors: %1/v1/oauth2/token
</source>
        <translation>Zugangsdaten für die Web-Oberfläche
  Anmelde-URL: %1/signin
  Admin-Benutzername: admin - Passwort (wie bei der Installation angegeben)
  Ingestion-Endpunkt für den v3 Unified Sensor: %1/v3/ingest
  Ingestion-Endpunkt für v2-Sensoren: %1/v1/oauth2/token
</translation>
    </message>
    <message>
        <source>The install did not complete; the logs say why.</source>
        <translation>Die Installation wurde nicht abgeschlossen; die Protokolle nennen den Grund.</translation>
    </message>
    <message>
        <source>The bundle is ready to carry to the air-gapped site.</source>
        <translation>Das Paket ist bereit für den abgeschotteten Standort.</translation>
    </message>
    <message>
        <source>At the site: unzip the bundle and follow CHECKLIST.md and runbooks/ (or run the Ansible playbook).
Once installed, users reach the platform as follows.

</source>
        <translation>Am Standort: Paket entpacken und CHECKLIST.md und runbooks/ folgen (oder das Ansible-Playbook ausführen).
Nach der Installation erreichen Benutzer die Plattform so:

</translation>
    </message>
    <message>
        <source>Project: %1
Generated files and certificates: %2
Logs: %3</source>
        <translation>Projekt: %1
Erzeugte Dateien und Zertifikate: %2
Protokolle: %3</translation>
    </message>
    <message>
        <source>Where users and sensors go</source>
        <translation>Wohin Benutzer und Sensoren gehen</translation>
    </message>
    <message>
        <source>Open the &amp;project folder</source>
        <translation>&amp;Projektordner öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;logs folder</source>
        <translation>&amp;Log-Ordner öffnen</translation>
    </message>
    <message>
        <source>No maintenance was run.</source>
        <translation>Es lief keine Wartung.</translation>
    </message>
    <message>
        <source>Maintenance complete: %1</source>
        <translation>Wartung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>MAINTENANCE STOPPED: %1</source>
        <translation>WARTUNG ANGEHALTEN: %1</translation>
    </message>
    <message>
        <source>The running cluster is imported into this project.</source>
        <translation>Der laufende Cluster ist in dieses Projekt importiert.</translation>
    </message>
    <message>
        <source>The cluster is installed: %1</source>
        <translation>Der Cluster ist installiert: %1</translation>
    </message>
    <message>
        <source>%1: backends %2, frontends %3</source>
        <translation>%1: Backends %2, Frontends %3</translation>
    </message>
    <message>
        <source>, coordinator and scan nodes %1</source>
        <translation>, Koordinator- und Scan-Knoten %1</translation>
    </message>
    <message>
        <source>, stretched over %1</source>
        <translation>, verteilt über %1</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Install took:</source>
        <translation>Installation dauerte:</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Health (Verify):</source>
        <translation>Zustand (Prüfen):</translation>
    </message>
    <message>
        <source>%1 of %2 nodes run all their services; %3 of %4 checks over TLS pass</source>
        <translation>%1 von %2 Knoten führen alle ihre Dienste aus; %3 von %4 Prüfungen über TLS bestanden</translation>
    </message>
    <message>
        <source>Failover drill:</source>
        <translation>Failover-Übung:</translation>
    </message>
    <message>
        <source>PASS: %1</source>
        <translation>BESTANDEN: %1</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Open warnings:</source>
        <translation>Offene Warnungen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>v3 unified sensor ingestion:</source>
        <translation>Aufnahme für v3-Unified-Sensoren:</translation>
    </message>
    <message>
        <source>v2 sensors (token):</source>
        <translation>v2-Sensoren (Token):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key CHANGED: %1</source>
        <translation>Host-Schlüssel GEÄNDERT: %1</translation>
    </message>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Unbekannter Host-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Accept the NEW key and re-pin</source>
        <translation>Den NEUEN Schlüssel akzeptieren und festhalten</translation>
    </message>
    <message>
        <source>Accept and pin</source>
        <translation>Akzeptieren und festhalten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the jump host %1, on the way to %2,</source>
        <translation>dem Jump-Host %1 (auf dem Weg zu %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: the host key of %1 has CHANGED.&lt;/b&gt;&lt;br&gt;This can mean someone is intercepting the connection (a man-in-the-middle attack). Nothing was sent. Accept only if the host was re-imaged or its SSH keys were regenerated, and the fingerprint below matches the host's own.</source>
        <translation>&lt;b&gt;WARNUNG: Der Host-Schlüssel von %1 hat sich GEÄNDERT.&lt;/b&gt;&lt;br&gt;Das kann bedeuten, dass jemand die Verbindung abfängt (ein Man-in-the-Middle-Angriff). Es wurde nichts gesendet. Nur akzeptieren, wenn der Host neu aufgesetzt oder seine SSH-Schlüssel neu erzeugt wurden und der Fingerabdruck unten dem des Hosts entspricht.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Compare the fingerprint below with the host's own before accepting it; it is then pinned in the project.</source>
        <translation>Der Host-Schlüssel von %1 ist noch nicht bekannt. Vergleichen Sie den Fingerabdruck unten mit dem des Hosts, bevor Sie ihn akzeptieren; er wird dann im Projekt gepinnt.</translation>
    </message>
    <message>
        <source>On that host: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</source>
        <translation>Auf diesem Host: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</translation>
    </message>
</context>
<context>
    <name>HttpsProbe</name>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>keine Verbindung zu %1:%2: %3</translation>
    </message>
    <message>
        <source>no HTTP answer from %1:%2 for %3</source>
        <translation>keine HTTP-Antwort von %1:%2 für %3</translation>
    </message>
</context>
<context>
    <name>ImportClusterPage</name>
    <message>
        <source>Import a running cluster</source>
        <translation>Laufenden Cluster importieren</translation>
    </message>
    <message>
        <source>Read the cluster from backend-1, where the guide keeps its files. Nothing is changed on the nodes.</source>
        <translation>Den Cluster von backend-1 lesen, wo der Leitfaden seine Dateien ablegt. Auf den Knoten wird nichts geändert.</translation>
    </message>
    <message>
        <source>backend-1's address or ssh_config alias</source>
        <translation>Adresse oder ssh_config-Alias von backend-1</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Also copy the CA private key (needed to issue certificates for new nodes). It stays on this machine, mode 600, and is never sent to a node.</source>
        <translation>Auch den privaten Schlüssel der CA kopieren (nötig, um Zertifikate für neue Knoten auszustellen). Er bleibt auf diesem Rechner, Modus 600, und wird nie an einen Knoten gesendet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>backend-1:</source>
        <translation>backend-1:</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>SSH-Port:</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>SSH-Benutzer:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>SSH password / key passphrase:</source>
        <translation>SSH-Passwort / Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <source>Installer directory:</source>
        <translation>Installer-Verzeichnis:</translation>
    </message>
    <message>
        <source>Installation directory (-p):</source>
        <translation>Installationsverzeichnis (-p):</translation>
    </message>
    <message>
        <source>backend-1: give its address or ssh_config alias.</source>
        <translation>backend-1: geben Sie seine Adresse oder seinen ssh_config-Alias an.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1...</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n node(s) in the project. Next: test the connections to every node, then verify them.</source>
        <translation>
            <numerusform>%1
%n Knoten im Projekt. Weiter: die Verbindungen zu jedem Knoten testen, dann sie prüfen.</numerusform>
            <numerusform>%1
%n Knoten im Projekt. Weiter: die Verbindungen zu jedem Knoten testen, dann sie prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstallExecutor</name>
    <message>
        <source>no SSH access configured for %1</source>
        <translation>kein SSH-Zugang für %1 eingerichtet</translation>
    </message>
    <message>
        <source>cannot write the install journal: %1</source>
        <translation>das Installationsjournal lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>attempt %1 of %2, next in %3 s</source>
        <translation>Versuch %1 von %2, nächster in %3 s</translation>
    </message>
    <message>
        <source>could not update the install journal (a resume may redo this step): %1</source>
        <translation>das Installationsjournal ließ sich nicht aktualisieren (eine Fortsetzung wiederholt diesen Schritt vielleicht): %1</translation>
    </message>
    <message>
        <source>%1 node(s) done, every phase completed</source>
        <translation>%1 Knoten fertig, alle Phasen abgeschlossen</translation>
    </message>
    <message>
        <source>completed with %1 node(s) left out: %2</source>
        <translation>abgeschlossen, %1 Knoten ausgelassen: %2</translation>
    </message>
    <message>
        <source>done earlier (journal)</source>
        <translation>schon früher erledigt (Journal)</translation>
    </message>
    <message>
        <source>aborted; re-run install to resume where it stopped</source>
        <translation>abgebrochen; starten Sie die Installation erneut, um dort fortzusetzen, wo sie angehalten hat</translation>
    </message>
    <message>
        <source>phase %1 failed on %2; later phases were not started. Fix the cause and run install again: finished steps are not repeated</source>
        <translation>Phase %1 ist auf %2 gescheitert; spätere Phasen wurden nicht gestartet. Beheben Sie die Ursache und installieren Sie erneut: fertige Schritte werden nicht wiederholt</translation>
    </message>
    <message>
        <source>%1 is a backend: without it MongoDB, OpenSearch and Kafka run with one member fewer, so the cluster tolerates one failure less, and later phases may fail for lack of quorum. Install it later with install (finished steps are kept).</source>
        <translation>%1 ist ein Backend: ohne es laufen MongoDB, OpenSearch und Kafka mit einem Mitglied weniger, der Cluster verkraftet also einen Ausfall weniger, und spätere Phasen können mangels Quorum scheitern. Installieren Sie es später (fertige Schritte bleiben erhalten).</translation>
    </message>
    <message>
        <source>%1 is the quorum tie-breaker and creates the Kafka topics the frontends need: without it the frontends' installs are expected to fail and a single backend failure loses quorum.</source>
        <translation>%1 entscheidet das Quorum bei Gleichstand und legt die Kafka-Topics an, die die Frontends brauchen: ohne ihn werden die Installationen der Frontends voraussichtlich scheitern, und schon ein Backend-Ausfall kostet das Quorum.</translation>
    </message>
    <message>
        <source>%1 is a scan node: scans keep running on the backends' schedulers.</source>
        <translation>%1 ist ein Scan-Knoten: Scans laufen auf den Schedulern der Backends weiter.</translation>
    </message>
    <message>
        <source>%1 is a frontend: users reach the platform through the other frontends; take it out of the load balancer or DNS until it is installed.</source>
        <translation>%1 ist ein Frontend: Benutzer erreichen die Plattform über die anderen Frontends; nehmen Sie es aus dem Load Balancer oder DNS, bis es installiert ist.</translation>
    </message>
    <message>
        <source>left out %1: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>could not update the install journal (a resume may redo steps): %1</source>
        <translation>das Installationsjournal ließ sich nicht aktualisieren (eine Fortsetzung wiederholt vielleicht Schritte): %1</translation>
    </message>
</context>
<context>
    <name>InstallJob</name>
    <message>
        <source>The platform's admin password is needed (Access page).</source>
        <translation>Das Admin-Passwort der Plattform wird benötigt (Seite Zugang).</translation>
    </message>
    <message>
        <source>Cannot prepare the files to upload: %1</source>
        <translation>Die hochzuladenden Dateien können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Adding nodes runs with this installer: it has its own journal and load-balancer change.</source>
        <translation>Knoten werden mit diesem Installer hinzugefügt: Das hat ein eigenes Journal und eine eigene Load-Balancer-Änderung.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) installed with Ansible</source>
        <translation>
            <numerusform>%n Knoten mit Ansible installiert</numerusform>
            <numerusform>%n Knoten mit Ansible installiert</numerusform>
        </translation>
    </message>
    <message>
        <source>aborted before any step ran</source>
        <translation>abgebrochen, bevor ein Schritt lief</translation>
    </message>
</context>
<context>
    <name>InstallLogSummary</name>
    <message>
        <source>%1/%2 services Running</source>
        <translation>%1/%2 Dienste laufen</translation>
    </message>
</context>
<context>
    <name>InstallOverallBar</name>
    <message>
        <source>All nodes:</source>
        <translation>Alle Knoten:</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>estimating the time left...</source>
        <translation>verbleibende Zeit wird geschätzt...</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>under a minute left</source>
        <translation>noch unter einer Minute</translation>
    </message>
    <message>
        <source>done in %1 min %2 s</source>
        <translation>fertig in %1 min %2 s</translation>
    </message>
    <message>
        <source>stopped after %1 min %2 s</source>
        <translation>angehalten nach %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>The guide's steps on every node, phase after phase; the nodes of a phase run in parallel. Select a node for its live log.</source>
        <translation>Die Schritte der Anleitung auf jedem Knoten, Phase für Phase; die Knoten einer Phase laufen parallel. Wählen Sie einen Knoten für sein Live-Protokoll.</translation>
    </message>
    <message>
        <source>Skip node</source>
        <translation>Knoten überspringen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Last line</source>
        <translation>Letzte Zeile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a node to follow its log.</source>
        <translation>Wählen Sie einen Knoten, um seinem Protokoll zu folgen.</translation>
    </message>
    <message>
        <source>&amp;Retry node</source>
        <translation>Knoten &amp;wiederholen</translation>
    </message>
    <message>
        <source>S&amp;kip node</source>
        <translation>Knoten über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>The install did not start: %1</source>
        <translation>Die Installation hat nicht begonnen: %1</translation>
    </message>
    <message>
        <source>Install complete: %1</source>
        <translation>Installation abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Preparing the files to upload (env files, certificates)...</source>
        <translation>Bereite die hochzuladenden Dateien vor (env-Dateien, Zertifikate)...</translation>
    </message>
    <message numerus="yes">
        <source>Installing %n node(s)...</source>
        <translation>
            <numerusform>Installiere %n Knoten...</numerusform>
            <numerusform>Installiere %n Knoten...</numerusform>
        </translation>
    </message>
    <message>
        <source>KAFKA WATCHDOG: %1</source>
        <translation>KAFKA-WÄCHTER: %1</translation>
    </message>
    <message>
        <source>%1 failed. Select it to read its log, then Retry, Skip or Abort.</source>
        <translation>%1 fehlgeschlagen. Wählen Sie ihn, um sein Protokoll zu lesen, dann Wiederholen, Überspringen oder Abbrechen.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Retrying %1...</source>
        <translation>Wiederhole %1...</translation>
    </message>
    <message>
        <source>Aborting: stopping the running steps...</source>
        <translation>Breche ab: halte die laufenden Schritte an...</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n Schritt fertig</numerusform>
            <numerusform>%n Schritte fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>Install stopped: %1. To resume, open the project again (File &gt; Recent projects) and install; finished steps are not repeated.</source>
        <translation>Installation angehalten: %1. Zum Fortsetzen öffnen Sie das Projekt erneut (Datei &gt; Zuletzt verwendete Projekte) und installieren; erledigte Schritte werden nicht wiederholt.</translation>
    </message>
    <message>
        <source>connection lost; reconnecting (%1). The step goes on on the node.</source>
        <translation>Verbindung verloren; neuer Verbindungsversuch (%1). Der Schritt läuft auf dem Knoten weiter.</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message numerus="yes">
        <source>Installing %n node(s) with ansible-playbook (its whole output: %1)...</source>
        <translation>
            <numerusform>%n Knoten wird mit ansible-playbook installiert (die ganze Ausgabe: %1)...</numerusform>
            <numerusform>%n Knoten werden mit ansible-playbook installiert (die ganze Ausgabe: %1)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Aborting: stopping ansible-playbook (steps already started finish on the nodes)...</source>
        <translation>Abbruch: ansible-playbook wird beendet (bereits gestartete Schritte laufen auf den Knoten zu Ende)...</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <source>step %1/%2: %3</source>
        <translation>Schritt %1/%2: %3</translation>
    </message>
    <message>
        <source>──────── retried ────────</source>
        <translation>──────── erneut versucht ────────</translation>
    </message>
</context>
<context>
    <name>InstallPlan</name>
    <message>
        <source>Copy the installer package to the node</source>
        <translation>Das Installationspaket auf den Knoten kopieren</translation>
    </message>
    <message>
        <source>Unpack the installer package</source>
        <translation>Das Installationspaket entpacken</translation>
    </message>
    <message>
        <source>Copy the certificate bundle to the node</source>
        <translation>Das Zertifikatsarchiv auf den Knoten kopieren</translation>
    </message>
    <message>
        <source>Extract the certificate bundle</source>
        <translation>Das Zertifikatsarchiv entpacken</translation>
    </message>
    <message>
        <source>Keep multi_node_config.conf on the primary backend, where the guide edits it</source>
        <translation>multi_node_config.conf auf dem primären Backend ablegen, wo der Leitfaden sie bearbeitet</translation>
    </message>
    <message>
        <source>Tune the operating system</source>
        <translation>Das Betriebssystem einstellen (tune.sh)</translation>
    </message>
    <message>
        <source>Create .pass with the admin password (mode 600)</source>
        <translation>Die Datei .pass mit dem Admin-Passwort anlegen (Modus 600)</translation>
    </message>
    <message>
        <source>Check that the health-check cron job is active</source>
        <translation>Prüfen, dass der Cron-Job für den Health-Check aktiv ist</translation>
    </message>
    <message>
        <source>Check the service status table</source>
        <translation>Die Tabelle der Dienststatus prüfen</translation>
    </message>
    <message>
        <source>Prepare every node (no order between nodes)</source>
        <translation>Jeden Knoten vorbereiten (ohne Reihenfolge zwischen den Knoten)</translation>
    </message>
    <message>
        <source>every node has its certificates, .env, tuning and admin password</source>
        <translation>jeder Knoten hat seine Zertifikate, .env, Einstellungen und das Admin-Passwort</translation>
    </message>
    <message>
        <source>Install the primary backend</source>
        <translation>Das primäre Backend installieren</translation>
    </message>
    <message>
        <source>the primary backend has completed: it initialises the MongoDB primary, the OpenSearch cluster manager and the Kafka leader</source>
        <translation>das primäre Backend ist fertig: es richtet den MongoDB-Primary, den OpenSearch-Cluster-Manager und den Kafka-Leader ein</translation>
    </message>
    <message>
        <source>Install the second backend</source>
        <translation>Das zweite Backend installieren</translation>
    </message>
    <message>
        <source>the second backend has completed: it adds the MongoDB secondary</source>
        <translation>das zweite Backend ist fertig: es fügt den MongoDB-Secondary hinzu</translation>
    </message>
    <message>
        <source>Install the remaining backends and the quorum node in parallel</source>
        <translation>Die übrigen Backends und den Quorum-Knoten parallel installieren</translation>
    </message>
    <message>
        <source>all of them have completed: the quorum node creates the Kafka topics the frontends need; if Kafka stops on a backend meanwhile, restart it with ./scripts/manage.sh start kafka</source>
        <translation>alle sind fertig: der Quorum-Knoten legt die Kafka-Topics an, die die Frontends brauchen; hält Kafka währenddessen auf einem Backend an, starten Sie es mit ./scripts/manage.sh start kafka neu</translation>
    </message>
    <message>
        <source>Install the additional frontends and scan nodes in parallel</source>
        <translation>Die weiteren Frontends und die Scan-Knoten parallel installieren</translation>
    </message>
    <message>
        <source>all of them have completed; then verify every node's services</source>
        <translation>alle sind fertig; dann die Dienste jedes Knotens prüfen</translation>
    </message>
    <message>
        <source>Remove the one-time relay key from the node</source>
        <translation>Den Einmalschlüssel des Relays vom Knoten entfernen</translation>
    </message>
    <message>
        <source>every node holds the package with the installer's SHA-256, and no node holds the one-time key</source>
        <translation>jeder Knoten hat das Paket mit der SHA-256 des Installers, und kein Knoten hat noch den Einmalschlüssel</translation>
    </message>
    <message>
        <source>Use %1 as the node's .env</source>
        <translation>%1 als .env des Knotens verwenden</translation>
    </message>
    <message>
        <source>Resolve %1 to %2 in /etc/hosts</source>
        <translation>%1 in /etc/hosts auf %2 auflösen</translation>
    </message>
    <message>
        <source>Install the %1 services</source>
        <translation>Die Dienste des Profils %1 installieren</translation>
    </message>
    <message>
        <source>Let %1 send the package here with this run's one-time key</source>
        <translation>%1 erlauben, das Paket mit dem Einmalschlüssel dieses Laufs hierher zu senden</translation>
    </message>
    <message>
        <source>Send the installer package from %1 to %2</source>
        <translation>Das Installationspaket von %1 an %2 senden</translation>
    </message>
    <message>
        <source>Copy the installer package to the node (when %1 could not)</source>
        <translation>Das Installationspaket auf den Knoten kopieren (wenn %1 es nicht konnte)</translation>
    </message>
    <message>
        <source>Send the installer package across the installer's link once, to %1, which relays it to the other nodes (%2 at once)</source>
        <translation>Das Installationspaket einmal über die Leitung des Installers an %1 senden, das es an die anderen Knoten weitergibt (%2 gleichzeitig)</translation>
    </message>
</context>
<context>
    <name>InstallWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Co&amp;mmit</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>LabJob</name>
    <message>
        <source>The lab did not start: %1</source>
        <translation>Das Labor ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Lab started (a simulation): %1</source>
        <translation>Labor gestartet (eine Simulation): %1</translation>
    </message>
    <message numerus="yes">
        <source>Lab stopped: %n process(es) ended in %1.</source>
        <translation>
            <numerusform>Labor angehalten: %n Prozess in %1 beendet.</numerusform>
            <numerusform>Labor angehalten: %n Prozesse in %1 beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lab did not stop cleanly: %1</source>
        <translation>Das Labor hat nicht sauber angehalten: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceJob</name>
    <message>
        <source>the cluster's CA certificate is needed for the health checks; it is not in the project's output folder</source>
        <translation>Das CA-Zertifikat des Clusters wird für die Health-Checks gebraucht; es liegt nicht im Ausgabeordner des Projekts</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Rolling maintenance</source>
        <translation>Rollierende Wartung</translation>
    </message>
    <message>
        <source>One node at a time: out of the load balancer's rotation, worked on, checked healthy, back in. Backends go one at a time with the quorum checked before and after each. The first problem stops the run with that node where it is.</source>
        <translation>Ein Knoten nach dem anderen: aus der Rotation des Load Balancers genommen, bearbeitet, als gesund geprüft, wieder hinein. Backends einzeln, das Quorum vor und nach jedem geprüft. Das erste Problem hält den Lauf an, der Knoten bleibt, wo er ist.</translation>
    </message>
    <message>
        <source>&amp;Resume that run</source>
        <translation>Diesen Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start maintenance</source>
        <translation>Wartung &amp;starten</translation>
    </message>
    <message>
        <source>Your step at the load balancer</source>
        <translation>Ihr Schritt am Load Balancer</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Erledigt?</translation>
    </message>
    <message>
        <source>All &amp;frontends</source>
        <translation>Alle &amp;Frontends</translation>
    </message>
    <message>
        <source>All &amp;backends</source>
        <translation>Alle &amp;Backends</translation>
    </message>
    <message>
        <source>Nodes, in this order:</source>
        <translation>Knoten, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Restart its services (manage.sh stop all, start all)</source>
        <translation>Seine Dienste neu starten (manage.sh stop all, start all)</translation>
    </message>
    <message>
        <source>Run a command in its installer directory</source>
        <translation>Einen Befehl in seinem Installer-Verzeichnis ausführen</translation>
    </message>
    <message>
        <source>Reboot it (its host key checked again after)</source>
        <translation>Neu starten (sein Host-Schlüssel danach erneut geprüft)</translation>
    </message>
    <message>
        <source>for example: sudo apt-get -y upgrade</source>
        <translation>zum Beispiel: sudo apt-get -y upgrade</translation>
    </message>
    <message>
        <source>It uses s&amp;udo (given the sudo password on its input, never on a command line)</source>
        <translation>Er verwendet s&amp;udo (das sudo-Passwort über seine Eingabe, nie auf einer Befehlszeile)</translation>
    </message>
    <message>
        <source>How many frontends may be out of rotation at once; backends always go one at a time.</source>
        <translation>Wie viele Frontends gleichzeitig außerhalb der Rotation sein dürfen; Backends immer einzeln.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the open sessions of a frontend may take to end before it goes into maintenance.</source>
        <translation>Wie lange die offenen Sitzungen eines Frontends enden dürfen, bevor es in die Wartung geht.</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Arbeit:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>Frontends &amp;out at once:</source>
        <translation>Frontends gleichzeitig &amp;draußen:</translation>
    </message>
    <message>
        <source>&amp;Drain time:</source>
        <translation>&amp;Drain-Zeit:</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Choose the nodes to work on.</source>
        <translation>Wählen Sie die zu bearbeitenden Knoten.</translation>
    </message>
    <message>
        <source>Type the command to run on each node.</source>
        <translation>Geben Sie den Befehl ein, der auf jedem Knoten laufen soll.</translation>
    </message>
    <message>
        <source>Resume the unfinished run first, or choose nothing new until it is done.</source>
        <translation>Setzen Sie zuerst den unvollendeten Lauf fort; etwas Neues erst, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The plan above has %1 steps: %2 on %3. Nothing has run yet.</source>
        <translation>Der Plan oben hat %1 Schritte: %2 auf %3. Noch ist nichts gelaufen.</translation>
    </message>
    <message>
        <source>The run %1 (%2 on %3) did not finish: resume it before starting another; finished steps are not run again.</source>
        <translation>Der Lauf %1 (%2 auf %3) ist nicht fertig geworden: setzen Sie ihn fort, bevor Sie einen anderen starten; fertige Schritte laufen nicht noch einmal.</translation>
    </message>
    <message>
        <source>Resuming the run %1...</source>
        <translation>Der Lauf %1 wird fortgesetzt...</translation>
    </message>
    <message>
        <source>Maintenance running...</source>
        <translation>Wartung läuft...</translation>
    </message>
    <message>
        <source>waiting its turn</source>
        <translation>wartet, bis er dran ist</translation>
    </message>
    <message>
        <source>checking the others</source>
        <translation>prüft die anderen</translation>
    </message>
    <message>
        <source>out of rotation</source>
        <translation>außerhalb der Rotation</translation>
    </message>
    <message>
        <source>working</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>going back into rotation</source>
        <translation>geht zurück in die Rotation</translation>
    </message>
    <message>
        <source>STOPPED HERE</source>
        <translation>HIER ANGEHALTEN</translation>
    </message>
    <message>
        <source>done, back in rotation</source>
        <translation>fertig, zurück in der Rotation</translation>
    </message>
    <message>
        <source>Maintenance complete: %1</source>
        <translation>Wartung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>MAINTENANCE STOPPED: %1</source>
        <translation>WARTUNG ANGEHALTEN: %1</translation>
    </message>
    <message>
        <source>S&amp;top the run</source>
        <translation>Lauf an&amp;halten</translation>
    </message>
    <message>
        <source>Stopping: the current node stays where it is; resume the run later...</source>
        <translation>Wird angehalten: der aktuelle Knoten bleibt, wo er ist; setzen Sie den Lauf später fort...</translation>
    </message>
</context>
<context>
    <name>NodeWorker</name>
    <message>
        <source>connecting to %1%2</source>
        <translation>Verbindung zu %1%2</translation>
    </message>
    <message>
        <source>the host key changed since this install connected (%1 then): %2</source>
        <translation>der Host-Schlüssel hat sich geändert, seit diese Installation verbunden war (damals %1): %2</translation>
    </message>
    <message>
        <source>connected as %1; host key %2</source>
        <translation>verbunden als %1; Host-Schlüssel %2</translation>
    </message>
    <message>
        <source>connection lost (%1): reconnecting, attempt %2 of %3 in %4 s</source>
        <translation>Verbindung verloren (%1): neue Verbindung, Versuch %2 von %3 in %4 s</translation>
    </message>
    <message>
        <source>cancelled while reconnecting</source>
        <translation>beim Wiederverbinden abgebrochen</translation>
    </message>
    <message>
        <source>reconnected after %1 s</source>
        <translation>nach %1 s wieder verbunden</translation>
    </message>
    <message>
        <source>reconnect attempt %1 failed: %2</source>
        <translation>Verbindungsversuch %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>lost the connection at %1 (%2) and %3 reconnect attempts over %4 s failed</source>
        <translation>Verbindung um %1 verloren (%2), und %3 Verbindungsversuche über %4 s sind gescheitert</translation>
    </message>
    <message>
        <source>  (the last install stopped during this step: asking the node before anything runs)</source>
        <translation>  (die letzte Installation hat in diesem Schritt angehalten: der Knoten wird gefragt, bevor etwas läuft)</translation>
    </message>
    <message>
        <source>%1. The step may still be running on the node: a new install re-attaches to it</source>
        <translation>%1. Der Schritt läuft vielleicht noch auf dem Knoten: eine neue Installation hängt sich wieder an ihn an</translation>
    </message>
    <message>
        <source>no SSH access to %1 for this step</source>
        <translation>kein SSH-Zugang zu %1 für diesen Schritt</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>connected to %1 as %2 for the relay; host key %3</source>
        <translation>mit %1 als %2 für das Relay verbunden; Host-Schlüssel %3</translation>
    </message>
    <message>
        <source>%1 (the relay %2 was tried %3 time(s))</source>
        <translation>%1 (das Relay %2 wurde %3-mal versucht)</translation>
    </message>
    <message>
        <source>relay %1: %2; again in %3 s</source>
        <translation>Relay %1: %2; erneut in %3 s</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>cancelled before %1</source>
        <translation>abgebrochen vor %1</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Choose what to do: a new cluster from one of the guide's topologies, a saved project, an existing cluster's config, or day-2 work on a running cluster. Export only prepares a bundle for a site this machine cannot reach.</source>
        <translation>Wählen Sie, was zu tun ist: ein neuer Cluster aus einer Topologie des Leitfadens, ein gespeichertes Projekt, die Konfiguration eines bestehenden Clusters oder Tag-2-Arbeit an einem laufenden Cluster. Nur exportieren bereitet ein Paket für einen Standort vor, den dieser Rechner nicht erreicht.</translation>
    </message>
    <message>
        <source>Overview; Prerequisites</source>
        <translation>Overview; Prerequisites</translation>
    </message>
    <message>
        <source>One row per node: its hostname, private IP, profile and site. Errors show in the list below and in red in the table and the map; "What if this site fails" shows whether the quorum survives.</source>
        <translation>Eine Zeile pro Knoten: Hostname, private IP, Profil und Standort. Fehler erscheinen in der Liste darunter und rot in Tabelle und Karte; „Was, wenn dieser Standort ausfällt“ zeigt, ob das Quorum überlebt.</translation>
    </message>
    <message>
        <source>Configure the cluster topology (multi_node_config.conf); When to Use a Coordinator Node; Quorum Considerations</source>
        <translation>Configure the cluster topology (multi_node_config.conf); When to Use a Coordinator Node; Quorum Considerations</translation>
    </message>
    <message>
        <source>How this machine logs in to each node over SSH and runs sudo. Passwords stay in memory only. Test connections checks every node and shows each host key for you to compare before it is trusted.</source>
        <translation>Wie sich dieser Rechner per SSH an jedem Knoten anmeldet und sudo ausführt. Passwörter bleiben nur im Speicher. Verbindungen testen prüft jeden Knoten und zeigt jeden Host-Schlüssel zum Vergleich, bevor ihm vertraut wird.</translation>
    </message>
    <message>
        <source>Prerequisites (SSH access, sudo)</source>
        <translation>Prerequisites (SSH-Zugang, sudo)</translation>
    </message>
    <message>
        <source>The name users reach the platform by, and what sends them to the frontends: DNS records, a cloud load balancer or HAProxy with Keepalived on your own machines.</source>
        <translation>Der Name, unter dem Benutzer die Plattform erreichen, und was sie zu den Frontends leitet: DNS-Einträge, ein Cloud-Load-Balancer oder HAProxy mit Keepalived auf eigenen Maschinen.</translation>
    </message>
    <message>
        <source>Ensure you have a DNS entry; Adding an Upstream Load Balancer</source>
        <translation>Ensure you have a DNS entry; Adding an Upstream Load Balancer</translation>
    </message>
    <message>
        <source>The cluster's CA and every node's certificate, made with OpenSSL as generate_certs.sh would, or your own. The CA's key never leaves this machine.</source>
        <translation>Die CA des Clusters und das Zertifikat jedes Knotens, mit OpenSSL erstellt wie von generate_certs.sh, oder Ihre eigenen. Der Schlüssel der CA verlässt diesen Rechner nie.</translation>
    </message>
    <message>
        <source>./generate_certs.sh</source>
        <translation>./generate_certs.sh</translation>
    </message>
    <message>
        <source>Checks every node before anything changes on it: SSH and sudo, CPU, memory and disk against the guide's table, the OS, the firewall, the clock and the network between sites.</source>
        <translation>Prüft jeden Knoten, bevor sich auf ihm etwas ändert: SSH und sudo, CPU, Speicher und Festplatte gegen die Tabelle des Leitfadens, das Betriebssystem, die Firewall, die Uhr und das Netz zwischen Standorten.</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Every file the install writes, and the plan step by step, before anything runs. Save the project or export the bundle from here.</source>
        <translation>Jede Datei, die die Installation schreibt, und der Plan Schritt für Schritt, bevor etwas läuft. Speichern Sie hier das Projekt oder exportieren Sie das Paket.</translation>
    </message>
    <message>
        <source>./generate_envs/generate_envs.sh -t multi-node; Installation Order</source>
        <translation>./generate_envs/generate_envs.sh -t multi-node; Installation Order</translation>
    </message>
    <message>
        <source>The nodes are installed in the guide's order, each phase's nodes in parallel. A failed node waits for you: retry, skip or abort. A stopped install resumes where it stopped.</source>
        <translation>Die Knoten werden in der Reihenfolge des Leitfadens installiert, die Knoten einer Phase parallel. Ein fehlgeschlagener Knoten wartet auf Sie: wiederholen, überspringen oder abbrechen. Eine angehaltene Installation setzt dort fort, wo sie anhielt.</translation>
    </message>
    <message>
        <source>Installation Order; ./install_analytics.sh</source>
        <translation>Installation Order; ./install_analytics.sh</translation>
    </message>
    <message>
        <source>Every node's services as manage.sh reports them, and the health routes over TLS through the entry point, trusting only the cluster's CA.</source>
        <translation>Die Dienste jedes Knotens, wie manage.sh sie meldet, und die Health-Routen über TLS durch den Einstiegspunkt, nur der CA des Clusters vertrauend.</translation>
    </message>
    <message>
        <source>Testing Your HA Setup; manage.sh status</source>
        <translation>Testing Your HA Setup; manage.sh status</translation>
    </message>
    <message>
        <source>Optional: stop a frontend, a backend or a whole site and see that users are still served; whatever was stopped is started again.</source>
        <translation>Optional: ein Frontend, ein Backend oder einen ganzen Standort anhalten und sehen, dass Benutzer weiter bedient werden; was angehalten wurde, wird wieder gestartet.</translation>
    </message>
    <message>
        <source>Testing Your HA Setup (frontends, backends)</source>
        <translation>Testing Your HA Setup (Frontends, Backends)</translation>
    </message>
    <message>
        <source>What was done, what is still open, and where users and sensors go.</source>
        <translation>Was getan wurde, was noch offen ist, und wohin Benutzer und Sensoren gehen.</translation>
    </message>
    <message>
        <source>Access information for Web UI</source>
        <translation>Access information for Web UI</translation>
    </message>
    <message>
        <source>Day 2: a new frontend or scan node. The page shows every change to the running cluster's files before any is made.</source>
        <translation>Tag 2: ein neues Frontend oder ein neuer Scan-Knoten. Die Seite zeigt jede Änderung an den Dateien des laufenden Clusters, bevor eine vorgenommen wird.</translation>
    </message>
    <message>
        <source>Adding a New Frontend to an Existing Cluster; Adding a New Scan Node to an Existing Cluster</source>
        <translation>Adding a New Frontend to an Existing Cluster; Adding a New Scan Node to an Existing Cluster</translation>
    </message>
    <message>
        <source>Reads the config, the CA and the certificates where the guide keeps them on backend-1, and makes a project of them. Nothing on the node changes.</source>
        <translation>Liest die Konfiguration, die CA und die Zertifikate dort, wo der Leitfaden sie auf backend-1 ablegt, und macht daraus ein Projekt. Auf dem Knoten ändert sich nichts.</translation>
    </message>
    <message>
        <source>Configure the cluster topology; ./generate_certs.sh</source>
        <translation>Configure the cluster topology; ./generate_certs.sh</translation>
    </message>
    <message>
        <source>Day 2: one node at a time out of the load balancer's rotation, worked on, checked healthy and put back; backends one at a time with the quorum checked. A stopped run resumes.</source>
        <translation>Tag 2: ein Knoten nach dem anderen aus der Rotation des Load Balancers, bearbeitet, als gesund geprüft und zurückgesetzt; Backends einzeln mit geprüftem Quorum. Ein angehaltener Lauf wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Quorum Considerations; Testing Your HA Setup</source>
        <translation>Quorum Considerations; Testing Your HA Setup</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Every node checked in parallel against the guide's requirements. Nothing is changed on the nodes.</source>
        <translation>Jeder Knoten wird parallel gegen die Anforderungen der Anleitung geprüft. Auf den Knoten wird nichts verändert.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n node(s)...</source>
        <translation>
            <numerusform>Prüfe %n Knoten...</numerusform>
            <numerusform>Prüfe %n Knoten...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the install: fix them (see How to fix), then Run again.</source>
        <translation>
            <numerusform>%n Fehler blockiert die Installation: beheben (siehe Behebung), dann Erneut ausführen.</numerusform>
            <numerusform>%n Fehler blockieren die Installation: beheben (siehe Behebung), dann Erneut ausführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read before installing.</source>
        <translation>
            <numerusform>Keine Fehler; %n Warnung vor der Installation lesen.</numerusform>
            <numerusform>Keine Fehler; %n Warnungen vor der Installation lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show passed checks</source>
        <translation>Bestandene Prüfungen zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show passed checks (%n)</source>
        <translation>
            <numerusform>Bestandene Prüfung zeigen (%n)</numerusform>
            <numerusform>Bestandene Prüfungen zeigen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m nodes checked</source>
        <translation>%v von %m Knoten geprüft</translation>
    </message>
    <message>
        <source>Node / check</source>
        <translation>Knoten / Prüfung</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>wird geprüft...</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message>
        <source>sudo works without a password</source>
        <translation>sudo funktioniert ohne Passwort</translation>
    </message>
    <message>
        <source>sudo asks for a password and none was given</source>
        <translation>sudo verlangt ein Passwort, und keines wurde angegeben</translation>
    </message>
    <message>
        <source>give the sudo password (on the Access page; --sudo-password-file F with the CLI), or allow NOPASSWD for this user</source>
        <translation>geben Sie das sudo-Passwort an (auf der Seite Zugang; --sudo-password-file F in der CLI), oder erlauben Sie NOPASSWD für diesen Benutzer</translation>
    </message>
    <message>
        <source>sudo works with the given password</source>
        <translation>sudo funktioniert mit dem angegebenen Passwort</translation>
    </message>
    <message>
        <source>sudo refused the given password</source>
        <translation>sudo hat das angegebene Passwort abgelehnt</translation>
    </message>
    <message>
        <source>check the sudo password and that the user is in sudoers</source>
        <translation>prüfen Sie das sudo-Passwort und ob der Benutzer in sudoers steht</translation>
    </message>
    <message>
        <source>this user cannot use sudo</source>
        <translation>dieser Benutzer darf sudo nicht verwenden</translation>
    </message>
    <message>
        <source>add the user to sudoers: the guide runs ./scripts/tune.sh with sudo</source>
        <translation>nehmen Sie den Benutzer in sudoers auf: der Leitfaden führt ./scripts/tune.sh mit sudo aus</translation>
    </message>
    <message>
        <source>could not read the CPU count (nproc)</source>
        <translation>die Anzahl der CPUs ließ sich nicht lesen (nproc)</translation>
    </message>
    <message>
        <source>could not read the memory size (free -k)</source>
        <translation>die Größe des Arbeitsspeichers ließ sich nicht lesen (free -k)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>could not read the free disk space (df -Pk)</source>
        <translation>der freie Plattenplatz ließ sich nicht lesen (df -Pk)</translation>
    </message>
    <message>
        <source>firewalld is active and admits %1/tcp</source>
        <translation>firewalld ist aktiv und lässt %1/tcp zu</translation>
    </message>
    <message>
        <source>firewalld is active and does not list %1/tcp</source>
        <translation>firewalld ist aktiv und führt %1/tcp nicht auf</translation>
    </message>
    <message>
        <source>sudo firewall-cmd --permanent --add-port=%1/tcp &amp;&amp; sudo firewall-cmd --reload (the guide's step 8), or admit only the load balancer with a rich rule</source>
        <translation>sudo firewall-cmd --permanent --add-port=%1/tcp &amp;&amp; sudo firewall-cmd --reload (Schritt 8 des Leitfadens), oder lassen Sie mit einer Rich Rule nur den Load Balancer zu</translation>
    </message>
    <message>
        <source>firewalld is active: the cluster's internal ports must be open between the nodes</source>
        <translation>firewalld ist aktiv: die internen Ports des Clusters müssen zwischen den Knoten offen sein</translation>
    </message>
    <message>
        <source>firewalld is not running</source>
        <translation>firewalld läuft nicht</translation>
    </message>
    <message>
        <source>%1 holds install_analytics.sh</source>
        <translation>%1 enthält install_analytics.sh</translation>
    </message>
    <message>
        <source>%1 has no installer yet: the install uploads and unpacks %2 there</source>
        <translation>%1 hat noch keinen Installer: die Installation lädt %2 dorthin hoch und entpackt es</translation>
    </message>
    <message>
        <source>%1/install_analytics.sh is missing</source>
        <translation>%1/install_analytics.sh fehlt</translation>
    </message>
    <message>
        <source>unpack the AgileSec installer package into %1 on the node, or set the node's installerDir in the project</source>
        <translation>entpacken Sie das AgileSec-Installationspaket auf dem Knoten nach %1, oder setzen Sie im Projekt das installerDir des Knotens</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <source>%1 does not resolve on the node</source>
        <translation>%1 lässt sich auf dem Knoten nicht auflösen</translation>
    </message>
    <message>
        <source>add it to DNS (one record per frontend, or the load balancer), or let the install add an /etc/hosts line: tick "Add ... to every node's /etc/hosts" on External access</source>
        <translation>tragen Sie ihn ins DNS ein (ein Eintrag je Frontend oder der Load Balancer), oder lassen Sie die Installation eine Zeile in /etc/hosts anlegen: setzen Sie auf der Seite Externer Zugriff das Häkchen bei „... in /etc/hosts jedes Knotens eintragen“</translation>
    </message>
    <message>
        <source> (ping)</source>
        <translation> (ping)</translation>
    </message>
    <message>
        <source> (TCP connect to port %1)</source>
        <translation> (TCP-Verbindung zu Port %1)</translation>
    </message>
    <message>
        <source>could not measure the round trip to %1 (%2)</source>
        <translation>die Umlaufzeit zu %1 (%2) ließ sich nicht messen</translation>
    </message>
    <message>
        <source>check that the sites can reach each other; install ping on the node to measure</source>
        <translation>prüfen Sie, ob die Standorte einander erreichen; installieren Sie ping auf dem Knoten, um zu messen</translation>
    </message>
    <message>
        <source>check that the node is up, the address and port are right, and the SSH user and key/password work (Test connections on the Access page; check-access with the CLI)</source>
        <translation>prüfen Sie, ob der Knoten läuft, Adresse und Port stimmen und SSH-Benutzer und Schlüssel/Passwort funktionieren („Verbindungen testen“ auf der Seite Zugang; check-access in der CLI)</translation>
    </message>
    <message>
        <source>compare the fingerprint with the node's (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console), then accept it (Test connections on the Access page asks; check-access --accept-host-key HOST:PORT=SHA256:... with the CLI)</source>
        <translation>vergleichen Sie den Fingerabdruck mit dem des Knotens (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf seiner Konsole) und nehmen Sie ihn dann an („Verbindungen testen“ auf der Seite Zugang fragt danach; check-access --accept-host-key HOST:PORT=SHA256:... in der CLI)</translation>
    </message>
    <message>
        <source>%1, host key %2</source>
        <translation>%1, Host-Schlüssel %2</translation>
    </message>
    <message>
        <source>clock %1 ms from this machine's (%2 ms)</source>
        <translation>Uhr %1 ms von der dieses Rechners entfernt (%2 ms)</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>GiB free</source>
        <translation>GiB frei</translation>
    </message>
    <message>
        <source>%1 %2, below the minimum of %3</source>
        <translation>%1 %2, unter dem Minimum von %3</translation>
    </message>
    <message>
        <source>give the node at least %1 %2 (%3 for production)</source>
        <translation>geben Sie dem Knoten mindestens %1 %2 (%3 für die Produktion)</translation>
    </message>
    <message>
        <source>%1 %2: enough to install, below the %3 recommended for production</source>
        <translation>%1 %2: genug für die Installation, unter den für die Produktion empfohlenen %3</translation>
    </message>
    <message>
        <source>use %1 %2 for production</source>
        <translation>verwenden Sie %1 %2 für die Produktion</translation>
    </message>
    <message>
        <source>%1 %2 (production: %3)</source>
        <translation>%1 %2 (Produktion: %3)</translation>
    </message>
    <message>
        <source>round trip to %1: %2 ms</source>
        <translation>Umlaufzeit zu %1: %2 ms</translation>
    </message>
    <message>
        <source>, ideal (&lt; 5 ms)</source>
        <translation>, ideal (&lt; 5 ms)</translation>
    </message>
    <message>
        <source>, recommended range (5-20 ms)</source>
        <translation>, empfohlener Bereich (5-20 ms)</translation>
    </message>
    <message>
        <source>, degraded (20-50 ms)</source>
        <translation>, eingeschränkt (20-50 ms)</translation>
    </message>
    <message>
        <source>writes and Kafka rebalancing slow down; prefer sites with under 20 ms between them</source>
        <translation>Schreibvorgänge und Kafka-Rebalancing werden langsamer; bevorzugen Sie Standorte mit unter 20 ms dazwischen</translation>
    </message>
    <message>
        <source>, not recommended (&gt; 50 ms)</source>
        <translation>, nicht empfohlen (&gt; 50 ms)</translation>
    </message>
    <message>
        <source>quorum coordination becomes fragile: place the sites closer (under 20 ms) or do not stretch the cluster</source>
        <translation>die Quorum-Abstimmung wird brüchig: legen Sie die Standorte näher zusammen (unter 20 ms) oder verteilen Sie den Cluster nicht</translation>
    </message>
    <message>
        <source>largest clock difference %1 s</source>
        <translation>größte Uhrenabweichung %1 s</translation>
    </message>
    <message>
        <source> (%1 behind %2)</source>
        <translation> (%1 hinter %2)</translation>
    </message>
    <message>
        <source>enable time synchronisation (chronyd) on every node</source>
        <translation>aktivieren Sie die Zeitsynchronisation (chronyd) auf jedem Knoten</translation>
    </message>
</context>
<context>
    <name>PrimaryConfigJob</name>
    <message>
        <source>The cluster has no primary backend to compare with.</source>
        <translation>Der Cluster hat kein primäres Backend zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 is not on %2 yet: the install puts it there.</source>
        <translation>%1 ist noch nicht auf %2: die Installation legt sie dort ab.</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <source>The same as %1 on %2.</source>
        <translation>Gleich wie %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Exactly what the guide's scripts would produce, and the order the nodes will be installed in. Nothing has been changed on any node yet.</source>
        <translation>Genau das, was die Skripte der Anleitung erzeugen würden, und die Reihenfolge der Installation. Noch wurde auf keinem Knoten etwas verändert.</translation>
    </message>
    <message>
        <source>Phase / node / step</source>
        <translation>Phase / Knoten / Schritt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Export bundle...</source>
        <translation>Paket &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export air-gapped bundle</source>
        <translation>Paket für abgeschotteten Standort exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Export the bundle to carry to the air-gapped site; it holds a runbook and an Ansible playbook.</source>
        <translation>Exportieren Sie das Paket für den abgeschotteten Standort; es enthält ein Runbook und ein Ansible-Playbook.</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportiere %1...</translation>
    </message>
    <message>
        <source>Could not read it: %1</source>
        <translation>Konnte sie nicht lesen: %1</translation>
    </message>
    <message>
        <source>Changes against backend-1's multi_node_config.conf</source>
        <translation>Änderungen gegenüber multi_node_config.conf auf backend-1</translation>
    </message>
    <message numerus="yes">
        <source>Install saves the project and starts phase 0 of %n phase(s).</source>
        <translation>
            <numerusform>„Installieren“ speichert das Projekt und beginnt Phase 0 von %n Phase.</numerusform>
            <numerusform>„Installieren“ speichert das Projekt und beginnt Phase 0 von %n Phasen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading it from backend-1...</source>
        <translation>Wird von backend-1 gelesen...</translation>
    </message>
    <message>
        <source>This installer</source>
        <translation>Dieser Installer</translation>
    </message>
    <message>
        <source>Ansible (the exported playbook)</source>
        <translation>Ansible (das exportierte Playbook)</translation>
    </message>
    <message>
        <source>Install &amp;with:</source>
        <translation>Installieren &amp;mit:</translation>
    </message>
    <message>
        <source>ansible-playbook runs the playbook written to %1: the same phases and steps; a failure stops the run (no retry or skip).</source>
        <translation>ansible-playbook führt das nach %1 geschriebene Playbook aus: dieselben Phasen und Schritte; ein Fehler beendet den Lauf (kein Wiederholen oder Überspringen).</translation>
    </message>
    <message>
        <source>Retry or skip a failed node; the steps go on on the nodes if this machine sleeps.</source>
        <translation>Einen fehlgeschlagenen Knoten wiederholen oder überspringen; die Schritte laufen auf den Knoten weiter, wenn dieser Rechner schläft.</translation>
    </message>
    <message>
        <source>Retry or skip a failed node. Ansible is not available: %1</source>
        <translation>Einen fehlgeschlagenen Knoten wiederholen oder überspringen. Ansible ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>RotationView</name>
    <message>
        <source>Frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>LB node</source>
        <translation>LB-Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Ask the &amp;load balancer</source>
        <translation>Den &amp;Load Balancer fragen</translation>
    </message>
    <message>
        <source>The load balancer's own view:</source>
        <translation>Die Sicht des Load Balancers selbst:</translation>
    </message>
    <message>
        <source>Asked at %1.</source>
        <translation>Gefragt um %1.</translation>
    </message>
</context>
<context>
    <name>SshJumpTunnel</name>
    <message>
        <source>jump host %1 refuses to forward connections (AllowTcpForwarding, DisableForwarding or PermitOpen in its sshd_config, or a restrict option on the key): %2</source>
        <translation>der Jump-Host %1 verweigert die Weiterleitung von Verbindungen (AllowTcpForwarding, DisableForwarding oder PermitOpen in seiner sshd_config, oder eine restrict-Option am Schlüssel): %2</translation>
    </message>
    <message>
        <source>jump host %1 cannot connect to %2 (%3): check from the jump host that %2 is up and reachable, for example with ssh -J %1 -p %4 %5</source>
        <translation>der Jump-Host %1 erreicht %2 nicht (%3): prüfen Sie vom Jump-Host aus, ob %2 läuft und erreichbar ist, etwa mit ssh -J %1 -p %4 %5</translation>
    </message>
    <message>
        <source>jump host %1 could not open a connection to %2: %3</source>
        <translation>der Jump-Host %1 konnte keine Verbindung zu %2 öffnen: %3</translation>
    </message>
    <message>
        <source>jump host %1</source>
        <translation>Jump-Host %1</translation>
    </message>
    <message>
        <source>more than 8 jump hosts lead to %1: is there a ProxyJump loop in ssh_config (a Host * block that also matches the jump host)?</source>
        <translation>mehr als 8 Jump-Hosts führen zu %1: gibt es eine ProxyJump-Schleife in ssh_config (ein Host-*-Block, der auch auf den Jump-Host passt)?</translation>
    </message>
    <message>
        <source>%1: cannot make a local socket pair for the tunnel</source>
        <translation>%1: für den Tunnel lässt sich kein lokales Socket-Paar anlegen</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>cannot connect to %1: ProxyJump %2</source>
        <translation>keine Verbindung zu %1: ProxyJump %2</translation>
    </message>
    <message>
        <source>cannot connect to %1 through %2: %3</source>
        <translation>keine Verbindung zu %1 über %2: %3</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>eine SSH-Sitzung lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: cannot parse the SSH configuration: %2</source>
        <translation>%1: die SSH-Konfiguration lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 hat keinen Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>cannot read the host key of %1</source>
        <translation>der Host-Schlüssel von %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. Known fingerprint: %2; presented now: %3.
This can mean someone is intercepting the connection (a man-in-the-middle attack). Nothing was sent.
If the node was re-imaged or its SSH keys were regenerated, confirm the new fingerprint on the node itself (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and re-pin it explicitly with --accept-host-key %4=%3.</source>
        <translation>WARNUNG: der Host-Schlüssel von %1 hat sich GEÄNDERT. Bekannter Fingerabdruck: %2; jetzt vorgelegt: %3.
Das kann bedeuten, dass jemand die Verbindung abfängt (ein Man-in-the-Middle-Angriff). Es wurde nichts gesendet.
Wurde der Knoten neu aufgesetzt oder wurden seine SSH-Schlüssel neu erzeugt, bestätigen Sie den neuen Fingerabdruck auf dem Knoten selbst (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) und hinterlegen Sie ihn ausdrücklich neu (--accept-host-key %4=%3).</translation>
    </message>
    <message>
        <source>(another key, in %1)</source>
        <translation>(ein anderer Schlüssel, in %1)</translation>
    </message>
    <message>
        <source>the host key of %1 is not known yet: %2
Compare it with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on that host), then accept it with --accept-host-key %1=%2 (or --accept-new-host-keys to accept every unknown key).%3</source>
        <translation>der Host-Schlüssel von %1 ist noch nicht bekannt: %2
Vergleichen Sie ihn mit dem des Hosts selbst (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf diesem Host) und nehmen Sie ihn dann an (--accept-host-key %1=%2, oder --accept-new-host-keys für jeden unbekannten Schlüssel).%3</translation>
    </message>
    <message>
        <source>
Note: </source>
        <translation>
Hinweis: </translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>der Host-Schlüssel von %1 lässt sich nicht prüfen: %2</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) is REVOKED: %3 line %4 marks it @revoked. Nothing was sent. This key must not be trusted, whatever pin or answer says otherwise; ask the node's owner for its current key.</source>
        <translation>der Host-Schlüssel von %1 (%2) ist WIDERRUFEN: %3 Zeile %4 markiert ihn als @revoked. Es wurde nichts gesendet. Diesem Schlüssel darf nicht vertraut werden, was auch immer eine Hinterlegung oder Antwort sagt; fragen Sie den Verantwortlichen des Knotens nach dem aktuellen Schlüssel.</translation>
    </message>
    <message>
        <source>the host certificate of %1 (key %2) is refused: %3. Nothing was sent. Ask the node's owner for a certificate valid for %4 (ssh-keygen -L -f &lt;the node's certificate&gt; shows its principals and validity).</source>
        <translation>das Host-Zertifikat von %1 (Schlüssel %2) wird abgelehnt: %3. Es wurde nichts gesendet. Bitten Sie den Verantwortlichen des Knotens um ein für %4 gültiges Zertifikat (ssh-keygen -L -f &lt;Zertifikat des Knotens&gt; zeigt Prinzipale und Gültigkeit).</translation>
    </message>
    <message>
        <source>key %1 (the file does not exist)</source>
        <translation>Schlüssel %1 (die Datei existiert nicht)</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>key %1 (wrong or no passphrase)</source>
        <translation>Schlüssel %1 (falsche oder keine Passphrase)</translation>
    </message>
    <message>
        <source>key %1 (not a private key libssh can read)</source>
        <translation>Schlüssel %1 (kein privater Schlüssel, den libssh lesen kann)</translation>
    </message>
    <message>
        <source>key %1 (not accepted by the server: is its public key in authorized_keys?)</source>
        <translation>Schlüssel %1 (vom Server nicht angenommen: steht sein öffentlicher Schlüssel in authorized_keys?)</translation>
    </message>
    <message>
        <source>IdentitiesOnly yes, but no IdentityFile for this host</source>
        <translation>IdentitiesOnly yes, aber kein IdentityFile für diesen Host</translation>
    </message>
    <message>
        <source>(IdentitiesOnly yes: the agent's other keys were not offered)</source>
        <translation>(IdentitiesOnly yes: die anderen Schlüssel des Agenten wurden nicht angeboten)</translation>
    </message>
    <message>
        <source>ssh-agent (IdentityAgent none in ssh_config)</source>
        <translation>ssh-agent (IdentityAgent none in ssh_config)</translation>
    </message>
    <message>
        <source>ssh-agent (SSH_AUTH_SOCK is not set: no agent is running)</source>
        <translation>ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt: kein Agent läuft)</translation>
    </message>
    <message>
        <source>ssh-agent (none of its keys was accepted)</source>
        <translation>ssh-agent (keiner seiner Schlüssel wurde angenommen)</translation>
    </message>
    <message>
        <source>default keys and ssh_config IdentityFile (none accepted or readable without a passphrase)</source>
        <translation>Standardschlüssel und IdentityFile aus ssh_config (keiner angenommen oder ohne Passphrase lesbar)</translation>
    </message>
    <message>
        <source>key (no key file given, no IdentityFile in ssh_config and none of ~/.ssh/id_* exists)</source>
        <translation>Schlüssel (keine Schlüsseldatei angegeben, kein IdentityFile in ssh_config und keine ~/.ssh/id_*-Datei vorhanden)</translation>
    </message>
    <message>
        <source>%1 (no password was given)</source>
        <translation>%1 (kein Passwort angegeben)</translation>
    </message>
    <message>
        <source>password (the server does not allow it)</source>
        <translation>Passwort (der Server erlaubt es nicht)</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>password (rejected)</source>
        <translation>Passwort (abgelehnt)</translation>
    </message>
    <message>
        <source>keyboard-interactive (the server does not allow it)</source>
        <translation>keyboard-interactive (der Server erlaubt es nicht)</translation>
    </message>
    <message>
        <source>keyboard-interactive (rejected)</source>
        <translation>keyboard-interactive (abgelehnt)</translation>
    </message>
    <message>
        <source>'%1' (not an authentication method: expected agent, key, password or keyboard-interactive)</source>
        <translation>„%1“ (keine Anmeldemethode: erwartet agent, key, password oder keyboard-interactive)</translation>
    </message>
    <message>
        <source>authentication as %1 failed. Tried: %2. The server accepts: %3.</source>
        <translation>Anmeldung als %1 fehlgeschlagen. Versucht: %2. Der Server akzeptiert: %3.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>cannot start the command on %1: %2</source>
        <translation>der Befehl lässt sich auf %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing received for %2 s</source>
        <translation>%1 antwortet nicht mehr: seit %2 s nichts empfangen</translation>
    </message>
</context>
<context>
    <name>StepRunner</name>
    <message>
        <source>upload of %1 to %2 failed: %3</source>
        <translation>das Hochladen von %1 nach %2 ist gescheitert: %3</translation>
    </message>
    <message>
        <source>%1 is already on the node (same SHA-256)</source>
        <translation>%1 ist schon auf dem Knoten (gleiche SHA-256)</translation>
    </message>
    <message>
        <source>uploaded %1 KiB in %2 s%3, SHA-256 verified on the node</source>
        <translation>%1 KiB in %2 s%3 hochgeladen, SHA-256 auf dem Knoten geprüft</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (fortgesetzt)</translation>
    </message>
    <message>
        <source>timed out after %1 waiting for: %2</source>
        <translation>Zeitüberschreitung nach %1 beim Warten auf: %2</translation>
    </message>
    <message>
        <source>cancelled during: %1</source>
        <translation>abgebrochen während: %1</translation>
    </message>
    <message>
        <source>check failed (exit %1): expected %2</source>
        <translation>Prüfung gescheitert (Exit %1): erwartet %2</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>mit Status %1 beendet</translation>
    </message>
    <message>
        <source>services not as expected: %1</source>
        <translation>Dienste nicht wie erwartet: %1</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>AgileSec
HA Installer</source>
        <translation>AgileSec
HA Installer</translation>
    </message>
</context>
<context>
    <name>TopologyMap</name>
    <message>
        <source>Sites as columns; a star marks a quorum voter (Kafka KRaft, MongoDB and OpenSearch elections).</source>
        <translation>Standorte als Spalten; ein Stern markiert einen Quorum-Wähler (Wahlen von Kafka KRaft, MongoDB und OpenSearch).</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(kein Standort)</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>quorum voter</source>
        <translation>Quorum-Wähler</translation>
    </message>
    <message>
        <source>If site %1 fails: quorum SURVIVES (%2 of %3 voters left, %4 needed); %5 frontend(s) keep serving users.</source>
        <translation>Fällt Standort %1 aus: Das Quorum BLEIBT (%2 von %3 Wählern übrig, %4 nötig); %5 Frontend(s) bedienen weiter die Benutzer.</translation>
    </message>
    <message>
        <source>If site %1 fails: quorum is LOST (%2 of %3 voters left, %4 needed); the cluster stops accepting writes.</source>
        <translation>Fällt Standort %1 aus: Das Quorum geht VERLOREN (%2 von %3 Wählern übrig, %4 nötig); der Cluster nimmt keine Schreibvorgänge mehr an.</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Frontends</source>
        <translation>Frontends</translation>
    </message>
    <message>
        <source>Coordinator / scan</source>
        <translation>Koordinator / Scan</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>error or unhealthy</source>
        <translation>Fehler oder ungesund</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>The nodes of the cluster, their roles and sites. Scan nodes are installed with the primary backend's env file.</source>
        <translation>Die Knoten des Clusters, ihre Rollen und Standorte. Scan-Knoten werden mit der env-Datei des primären Backends installiert.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Site / AZ</source>
        <translation>Standort / AZ</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH-Host</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>Knoten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Paste IPs...</source>
        <translation>IPs ein&amp;fügen...</translation>
    </message>
    <message>
        <source>One node per line: IP, optionally followed by hostname, profile and site.</source>
        <translation>Ein Knoten pro Zeile: IP, optional gefolgt von Hostname, Profil und Standort.</translation>
    </message>
    <message>
        <source>Paste IPs</source>
        <translation>IPs einfügen</translation>
    </message>
    <message>
        <source>One node per line: IP [HOSTNAME [PROFILE [SITE]]]</source>
        <translation>Ein Knoten pro Zeile: IP [HOSTNAME [PROFIL [STANDORT]]]</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>3 nodes</source>
        <translation>3 Knoten</translation>
    </message>
    <message>
        <source>4 nodes</source>
        <translation>4 Knoten</translation>
    </message>
    <message>
        <source>7 nodes, stretch</source>
        <translation>7 Knoten, gestreckt</translation>
    </message>
    <message>
        <source>Select a finding to select its node.</source>
        <translation>Wählen Sie einen Befund, um seinen Knoten zu markieren.</translation>
    </message>
    <message>
        <source>Show what losing one whole site does to quorum, data and users.</source>
        <translation>Zeigt, was der Verlust eines ganzen Standorts für Quorum, Daten und Benutzer bedeutet.</translation>
    </message>
    <message>
        <source>What if this site fails:</source>
        <translation>Was, wenn dieser Standort ausfällt:</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before you can go on.</source>
        <translation>
            <numerusform>%n Fehler zu beheben, bevor es weitergeht.</numerusform>
            <numerusform>%n Fehler zu beheben, bevor es weitergeht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 node(s), %2 site(s). %n warning(s).</source>
        <translation>
            <numerusform>Gültig: %1 Knoten, %2 Standort(e). %n Warnung.</numerusform>
            <numerusform>Gültig: %1 Knoten, %2 Standort(e). %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no failure)</source>
        <translation>(kein Ausfall)</translation>
    </message>
    <message>
        <source>SSH via (ProxyJump)</source>
        <translation>SSH über (ProxyJump)</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. SSH host, port, user and jump hosts are optional per-node overrides of the Access page's defaults.</source>
        <translation>Doppelklick auf eine Zelle zum Bearbeiten. SSH-Host, -Port, -Benutzer und Jump-Hosts überschreiben optional pro Knoten die Vorgaben der Zugangsseite.</translation>
    </message>
    <message>
        <source>Jump hosts as ssh -J takes them: [user@]host[:port], nearest first, separated by commas; "none" for a direct connection. Empty: the Access page's.</source>
        <translation>Jump-Hosts wie bei ssh -J: [Benutzer@]Host[:Port], der nächste zuerst, durch Kommas getrennt; "none" für eine direkte Verbindung. Leer: die der Zugangsseite.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Every node's services against its profile, and health as users see it: real TLS, trusting only the cluster's CA.</source>
        <translation>Die Dienste jedes Knotens gegen sein Profil und der Zustand aus Benutzersicht: echtes TLS, das nur der CA des Clusters vertraut.</translation>
    </message>
    <message>
        <source>Node / service</source>
        <translation>Knoten / Dienst</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Refresh every %1 s</source>
        <translation>Alle %1 s aktualisieren</translation>
    </message>
    <message>
        <source>Asking every node for its services, and checking health...</source>
        <translation>Frage jeden Knoten nach seinen Diensten und prüfe den Zustand...</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>(not expected)</source>
        <translation>(nicht erwartet)</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>aufgeführt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) run every service; %n health check(s) failed. Checked at %3.</source>
        <translation>
            <numerusform>%1 von %2 Knoten betreiben alle Dienste; %n Zustandsprüfung fehlgeschlagen. Geprüft um %3.</numerusform>
            <numerusform>%1 von %2 Knoten betreiben alle Dienste; %n Zustandsprüfungen fehlgeschlagen. Geprüft um %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where users come in, for the health checks through the load balancer or DNS.</source>
        <translation>Wo Benutzer hereinkommen, für die Zustandsprüfungen über Load-Balancer oder DNS.</translation>
    </message>
    <message>
        <source>HOST[:PORT]; empty: the VIP or the FQDN</source>
        <translation>HOST[:PORT]; leer: die VIP oder der FQDN</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Einstiegspunkt:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Install a highly available AgileSec Platform cluster over SSH, grow it later, or prepare everything for an air-gapped site.</source>
        <translation>Einen hochverfügbaren AgileSec-Platform-Cluster per SSH installieren, später erweitern oder alles für einen abgeschotteten Standort vorbereiten.</translation>
    </message>
    <message>
        <source>&amp;New cluster from a template</source>
        <translation>&amp;Neuer Cluster aus einer Vorlage</translation>
    </message>
    <message>
        <source>Start from the guide's 3-node, 4-node or 7-node stretch topology and edit it.</source>
        <translation>Mit der 3-, 4- oder 7-Knoten-Topologie (gestreckt) der Anleitung beginnen und sie anpassen.</translation>
    </message>
    <message>
        <source>4 nodes: 2 backends, 2 frontends</source>
        <translation>4 Knoten: 2 Backends, 2 Frontends</translation>
    </message>
    <message>
        <source>3 nodes: 2 backends, 1 frontend</source>
        <translation>3 Knoten: 2 Backends, 1 Frontend</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>The project file, the config and everything generated are kept in this folder.</source>
        <translation>Projektdatei, Konfiguration und alles Erzeugte liegen in diesem Ordner.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation>Projektordner:</translation>
    </message>
    <message>
        <source>&amp;Open a project</source>
        <translation>Projekt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Continue with a project saved earlier.</source>
        <translation>Mit einem früher gespeicherten Projekt weitermachen.</translation>
    </message>
    <message>
        <source>project.json</source>
        <translation>project.json</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Projects (*.json);;All files (*)</source>
        <translation>Projekte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Import an existing cluster's multi_node_config.conf</source>
        <translation>multi_node_config.conf eines bestehenden Clusters &amp;importieren</translation>
    </message>
    <message>
        <source>Read the config the guide's scripts use (generate_envs/multi_node_config.conf) from a file.</source>
        <translation>Die Konfiguration der Skripte der Anleitung (generate_envs/multi_node_config.conf) aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>multi_node_config.conf</source>
        <translation>multi_node_config.conf</translation>
    </message>
    <message>
        <source>Import multi_node_config.conf</source>
        <translation>multi_node_config.conf importieren</translation>
    </message>
    <message>
        <source>Config (*.conf);;All files (*)</source>
        <translation>Konfiguration (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Config file:</source>
        <translation>Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>Try the local &amp;lab (a simulation on this machine)</source>
        <translation>Lokales &amp;Labor ausprobieren (eine Simulation auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Real SSH servers on 127.0.0.x with a simulated AgileSec installer: the whole install without real nodes.</source>
        <translation>Echte SSH-Server auf 127.0.0.x mit einem simulierten AgileSec-Installer: die ganze Installation ohne echte Knoten.</translation>
    </message>
    <message>
        <source>4 nodes</source>
        <translation>4 Knoten</translation>
    </message>
    <message>
        <source>3 nodes</source>
        <translation>3 Knoten</translation>
    </message>
    <message>
        <source>7 nodes, stretch</source>
        <translation>7 Knoten, gestreckt</translation>
    </message>
    <message>
        <source>Start lab</source>
        <translation>Labor starten</translation>
    </message>
    <message>
        <source>Lab:</source>
        <translation>Labor:</translation>
    </message>
    <message>
        <source>&amp;Export only: prepare a bundle here for an air-gapped site (no SSH from this machine)</source>
        <translation>Nur &amp;exportieren: hier ein Paket für einen abgeschotteten Standort vorbereiten (kein SSH von diesem Rechner)</translation>
    </message>
    <message>
        <source>Starting the lab: one sshd per node, keys, a simulated installer...</source>
        <translation>Starte das Labor: ein sshd je Knoten, Schlüssel, ein simulierter Installer...</translation>
    </message>
    <message>
        <source>Project folder: %1 already holds a project. Open it instead, or choose an empty folder.</source>
        <translation>Projektordner: %1 enthält bereits ein Projekt. Öffnen Sie es stattdessen oder wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Projektdatei: %1</translation>
    </message>
    <message>
        <source>Config file: %1 does not exist or is not a file.</source>
        <translation>Konfigurationsdatei: %1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>&amp;Add a frontend or scan node to the running cluster of that project</source>
        <translation>Dem laufenden Cluster dieses Projekts ein Frontend oder einen Scan-Knoten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Day 2: the new node is installed and the existing frontends patched, as the guide's sections on adding nodes do.</source>
        <translation>Tag 2: der neue Knoten wird installiert und die vorhandenen Frontends werden gepatcht, wie in den Abschnitten des Leitfadens zum Hinzufügen von Knoten.</translation>
    </message>
    <message>
        <source>Project file: the cluster in %1 has errors; open it to fix them before adding a node.</source>
        <translation>Projektdatei: der Cluster in %1 hat Fehler; öffnen Sie ihn und beheben Sie sie, bevor Sie einen Knoten hinzufügen.</translation>
    </message>
    <message>
        <source>Import a running cluster from &amp;backend-1 over SSH (into the project folder above)</source>
        <translation>Laufenden Cluster von &amp;backend-1 über SSH importieren (in den Projektordner oben)</translation>
    </message>
    <message>
        <source>Reads the config, the CA and the certificate bundle where the guide keeps them on backend-1; changes nothing there.</source>
        <translation>Liest die Konfiguration, die CA und das Zertifikatspaket dort, wo der Leitfaden sie auf backend-1 ablegt; ändert dort nichts.</translation>
    </message>
    <message>
        <source>Rolling &amp;maintenance of that project's running cluster</source>
        <translation>Rollierende &amp;Wartung des laufenden Clusters dieses Projekts</translation>
    </message>
    <message>
        <source>Day 2: restart, patch or reboot nodes one at a time, each out of the load balancer's rotation while it is worked on.</source>
        <translation>Tag 2: Knoten einzeln neu starten, patchen oder rebooten, jeder außerhalb der Rotation des Load Balancers, solange er bearbeitet wird.</translation>
    </message>
    <message>
        <source>Project file: the cluster in %1 has errors; open it to fix them before maintenance.</source>
        <translation>Projektdatei: der Cluster in %1 hat Fehler; öffnen Sie ihn und beheben Sie sie vor der Wartung.</translation>
    </message>
    <message>
        <source>7 nodes: stretch over 3 sites; coordinator-1 takes frontend-1's quorum role</source>
        <translation>7 Knoten: über 3 Standorte verteilt; coordinator-1 übernimmt die Quorum-Rolle von frontend-1</translation>
    </message>
    <message>
        <source>Stop lab</source>
        <translation>Labor anhalten</translation>
    </message>
    <message>
        <source>Stops exactly the processes the lab started: its sshd, web servers and load balancer</source>
        <translation>Hält genau die Prozesse an, die das Labor gestartet hat: seine sshd, Webserver und den Load Balancer</translation>
    </message>
    <message>
        <source>Starting the lab:</source>
        <translation>Das Labor startet:</translation>
    </message>
    <message>
        <source>Stopping the lab in %1...</source>
        <translation>Das Labor in %1 wird angehalten...</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>AgileSec HA Installer - %1</source>
        <translation>AgileSec HA Installer - %1</translation>
    </message>
    <message>
        <source>AgileSec HA Installer</source>
        <translation>AgileSec HA Installer</translation>
    </message>
    <message>
        <source>Install running</source>
        <translation>Installation läuft</translation>
    </message>
    <message>
        <source>An install is running. Quit anyway? The running steps are stopped; running the install again resumes where it stopped.</source>
        <translation>Eine Installation läuft. Trotzdem beenden? Die laufenden Schritte werden angehalten; eine erneute Installation setzt dort fort, wo sie aufhörte.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Projects (*.json);;All files (*)</source>
        <translation>Projekte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Export air-gapped bundle...</source>
        <translation>Paket für abgeschotteten Standort &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export air-gapped bundle</source>
        <translation>Paket für abgeschotteten Standort exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Import bundle...</source>
        <translation>Paket &amp;importieren...</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Save the imported project as</source>
        <translation>Importiertes Projekt speichern unter</translation>
    </message>
    <message>
        <source>Projects (*.json)</source>
        <translation>Projekte (*.json)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About AgileSec HA Installer</source>
        <translation>Über AgileSec HA Installer</translation>
    </message>
    <message>
        <source>AgileSec HA Installer %1
Installs, grows and verifies highly available AgileSec Platform clusters over SSH.</source>
        <translation>AgileSec HA Installer %1
Installiert, erweitert und prüft hochverfügbare AgileSec-Platform-Cluster per SSH.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>The language changes after the install (an install is running).</source>
        <translation>Die Sprache wechselt nach der Installation (eine Installation läuft).</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 nach %2 importiert</translation>
    </message>
    <message>
        <source>The lab is running</source>
        <translation>Das Labor läuft</translation>
    </message>
    <message>
        <source>&amp;Stop the lab</source>
        <translation>Labor &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Leave it running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has changes that are not saved in %1. Save them?</source>
        <translation>Das Projekt hat Änderungen, die nicht in %1 gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Quit without them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Ohne sie beenden?</translation>
    </message>
    <message>
        <source>The lab in %1 is still running (its sshd, web servers and load balancer on this machine). Stop it before quitting? Left running, agilesec-installer lab down --dir %1 stops it later.</source>
        <translation>Das Labor in %1 läuft noch (sein sshd, seine Webserver und sein Load Balancer auf diesem Rechner). Vor dem Beenden stoppen? Läuft es weiter, stoppt es agilesec-installer lab down --dir %1 später.</translation>
    </message>
    <message>
        <source>Maintenance running</source>
        <translation>Wartung läuft</translation>
    </message>
    <message>
        <source>A rolling maintenance is running. Quit anyway? It stops with the current node where it is (work already started goes on on the node); the Maintenance page, or maintain --resume, re-attaches and finishes the run later.</source>
        <translation>Eine rollierende Wartung läuft. Trotzdem beenden? Sie hält mit dem aktuellen Knoten an, wo er ist (begonnene Arbeit läuft auf dem Knoten weiter); die Wartungsseite oder maintain --resume hängt sich später wieder an und beendet den Lauf.</translation>
    </message>
    <message>
        <source>Running on: %1</source>
        <translation>Läuft mit: %1</translation>
    </message>
    <message>
        <source>Licences: %1</source>
        <translation>Lizenzen: %1</translation>
    </message>
    <message>
        <source>Help for this &amp;page</source>
        <translation>Hilfe zu dieser &amp;Seite</translation>
    </message>
    <message>
        <source>In the HA guide: %1</source>
        <translation>Im HA-Leitfaden: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
</TS>