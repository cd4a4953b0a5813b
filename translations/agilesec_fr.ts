<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessPage</name>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>How to reach the nodes over SSH. Passwords stay in memory for this session only: they are never saved, logged or exported.</source>
        <translation>Comment joindre les nœuds par SSH. Les mots de passe restent en mémoire pour cette session seulement : ils ne sont jamais enregistrés, journalisés ni exportés.</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519 (empty: ~/.ssh/config's IdentityFile)</source>
        <translation>~/.ssh/id_ed25519 (vide : IdentityFile de ~/.ssh/config)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>empty: sudo needs no password (NOPASSWD)</source>
        <translation>vide : sudo sans mot de passe (NOPASSWD)</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Utilisateur SSH :</translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation>P&amp;ort SSH :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>SSH password / key &amp;passphrase:</source>
        <translation>Mot de passe SSH / &amp;phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;sudo password:</source>
        <translation>Mot de passe &amp;sudo :</translation>
    </message>
    <message>
        <source>Installer directory:</source>
        <translation>Répertoire de l'installateur :</translation>
    </message>
    <message>
        <source>Installation directory (-p):</source>
        <translation>Répertoire d'installation (-p) :</translation>
    </message>
    <message>
        <source>Platform a&amp;dmin password:</source>
        <translation>Mot de passe a&amp;dmin de la plateforme :</translation>
    </message>
    <message>
        <source>Confirm admin password:</source>
        <translation>Confirmer le mot de passe admin :</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>&amp;Tester les connexions</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Connects as</source>
        <translation>Se connecte en tant que</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d'hôte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>SSH user: enter the user to log in as.</source>
        <translation>Utilisateur SSH : saisissez l'utilisateur de connexion.</translation>
    </message>
    <message>
        <source>SSH password: password authentication needs the password.</source>
        <translation>Mot de passe SSH : l'authentification par mot de passe en a besoin.</translation>
    </message>
    <message>
        <source>Platform admin password: the install writes it to each node's .pass; enter it.</source>
        <translation>Mot de passe admin de la plateforme : l'installation l'écrit dans le .pass de chaque nœud ; saisissez-le.</translation>
    </message>
    <message>
        <source>Confirm admin password: the two entries differ.</source>
        <translation>Confirmer le mot de passe admin : les deux saisies diffèrent.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)...</source>
        <translation>
            <numerusform>Connexion à %n nœud...</numerusform>
            <numerusform>Connexion à %n nœuds...</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>INCONNUE</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFIÉE</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Run "Test connections": every node must be reached, with sudo usable, before going on.</source>
        <translation>Lancez « Tester les connexions » : chaque nœud doit être joignable, avec sudo utilisable, avant de continuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not ready; see the Result column.</source>
        <translation>
            <numerusform>%n nœud pas prêt ; voir la colonne Résultat.</numerusform>
            <numerusform>%n nœuds pas prêts ; voir la colonne Résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every node is reachable and sudo works.</source>
        <translation>Chaque nœud est joignable et sudo fonctionne.</translation>
    </message>
    <message>
        <source>Connected; sudo works without a password.</source>
        <translation>Connecté ; sudo fonctionne sans mot de passe.</translation>
    </message>
    <message>
        <source>Connected; sudo needs a password: enter the sudo password above.</source>
        <translation>Connecté ; sudo demande un mot de passe : saisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>Connected; sudo accepted the password.</source>
        <translation>Connecté ; sudo a accepté le mot de passe.</translation>
    </message>
    <message>
        <source>Connected; sudo REFUSED the password (wrong password or not in sudoers).</source>
        <translation>Connecté ; sudo a REFUSÉ le mot de passe (mauvais mot de passe ou absent de sudoers).</translation>
    </message>
    <message>
        <source>Connected; but this user may not use sudo, which the install needs.</source>
        <translation>Connecté ; mais cet utilisateur ne peut pas utiliser sudo, nécessaire à l'installation.</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>RÉVOQUÉE</translation>
    </message>
    <message>
        <source>CERTIFICATE REFUSED</source>
        <translation>CERTIFICAT REFUSÉ</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certifiée</translation>
    </message>
    <message>
        <source>empty: direct, or ~/.ssh/config's ProxyJump; e.g. ops@bastion.example.com:2222</source>
        <translation>vide : direct, ou le ProxyJump de ~/.ssh/config ; par ex. ops@bastion.example.com:2222</translation>
    </message>
    <message>
        <source>Jump hosts (bastions) as ssh -J takes them: [user@]host[:port], nearest first, separated by commas; "none" ignores ~/.ssh/config's ProxyJump. Each jump host's key is checked and pinned like a node's. Per node: the Topology page's "SSH via" column.</source>
        <translation>Hôtes de rebond (bastions) comme ssh -J les prend : [utilisateur@]hôte[:port], le plus proche en premier, séparés par des virgules ; "none" ignore le ProxyJump de ~/.ssh/config. La clé de chaque hôte de rebond est vérifiée et épinglée comme celle d'un nœud. Par nœud : la colonne "SSH via" de la page Topologie.</translation>
    </message>
    <message>
        <source>&amp;Jump hosts (ProxyJump):</source>
        <translation>Hôtes de &amp;rebond (ProxyJump) :</translation>
    </message>
    <message>
        <source>Per-node SSH host, port, user and jump hosts: the Topology page's columns.</source>
        <translation>Hôte, port, utilisateur SSH et hôtes de rebond par nœud : les colonnes de la page Topologie.</translation>
    </message>
    <message>
        <source>Jump hosts: %1.</source>
        <translation>Hôtes de rebond : %1.</translation>
    </message>
</context>
<context>
    <name>AddNodePage</name>
    <message>
        <source>Add a node</source>
        <translation>Ajouter un nœud</translation>
    </message>
    <message>
        <source>Add a frontend or a scan node to the running cluster, as the guide does. Nothing is changed until you install.</source>
        <translation>Ajoutez un frontend ou un nœud de scan au cluster en service, comme le fait le guide. Rien n'est modifié avant l'installation.</translation>
    </message>
    <message>
        <source>private IP, e.g. 10.0.2.23</source>
        <translation>IP privée, p. ex. 10.0.2.23</translation>
    </message>
    <message>
        <source>Additional frontend (ADDITIONAL_FRONTEND)</source>
        <translation>Frontend supplémentaire (ADDITIONAL_FRONTEND)</translation>
    </message>
    <message>
        <source>Scan node (HAProxy and Scheduler only)</source>
        <translation>Nœud de scan (HAProxy et Scheduler seulement)</translation>
    </message>
    <message>
        <source>optional: site / availability zone</source>
        <translation>facultatif : site / zone de disponibilité</translation>
    </message>
    <message>
        <source>optional: connect here instead of the IP</source>
        <translation>facultatif : se connecter ici plutôt qu'à l'IP</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>optional: the project's user</source>
        <translation>facultatif : l'utilisateur du projet</translation>
    </message>
    <message>
        <source>&amp;Show what changes</source>
        <translation>&amp;Montrer ce qui change</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation>Nom d'hôte :</translation>
    </message>
    <message>
        <source>Private IP:</source>
        <translation>IP privée :</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH :</translation>
    </message>
    <message>
        <source>Node / file</source>
        <translation>Nœud / fichier</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 is already in the project: an earlier addition resumes where it stopped. </source>
        <translation>%1 est déjà dans le projet : un ajout précédent reprend là où il s'est arrêté. </translation>
    </message>
    <message>
        <source>Load balancer: %1 is written with the other generated files.</source>
        <translation>Répartiteur de charge : %1 est écrit avec les autres fichiers générés.</translation>
    </message>
    <message>
        <source>Nodes touched: %1; steps: %2; phases: %3:</source>
        <translation>Nœuds concernés : %1 ; étapes : %2 ; phases : %3 :</translation>
    </message>
</context>
<context>
    <name>AuthMethodCombo</name>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file (with passphrase)</source>
        <translation>Fichier de clé (avec phrase secrète)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
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
        <translation>le cluster comporte des erreurs ; corrigez-les d'abord</translation>
    </message>
    <message>
        <source>imported certificates checked against %1</source>
        <translation>des certificats importés, vérifiés avec %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing written</source>
        <translation>%1 : %2 ; rien n'a été écrit</translation>
    </message>
    <message>
        <source>your CA %1</source>
        <translation>votre CA %1</translation>
    </message>
    <message>
        <source>%1 holds a CA certificate without its key; bring that CA (certificate and key) to sign new certificates, or remove the folder to start with a new CA</source>
        <translation>%1 contient un certificat de CA sans sa clé ; fournissez cette CA (certificat et clé) pour signer de nouveaux certificats, ou supprimez le dossier pour repartir d'une nouvelle CA</translation>
    </message>
    <message>
        <source>the existing CA in %1</source>
        <translation>la CA existante dans %1</translation>
    </message>
    <message>
        <source>a new CA</source>
        <translation>une nouvelle CA</translation>
    </message>
    <message>
        <source>stopped: no certificate was written, the folder is as it was</source>
        <translation>arrêté : aucun certificat n'a été écrit, le dossier est inchangé</translation>
    </message>
    <message>
        <source>; nothing written</source>
        <translation> ; rien n'a été écrit</translation>
    </message>
</context>
<context>
    <name>CertificatesJob</name>
    <message>
        <source>Fix the topology's errors first.</source>
        <translation>Corrigez d'abord les erreurs de la topologie.</translation>
    </message>
    <message>
        <source>Signed with %1: %2 certificate(s) issued, %3 kept.</source>
        <translation>Signé avec %1 : %2 certificat(s) émis, %3 conservé(s).</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>A mutual-TLS certificate per node and a web certificate per frontend, signed by the cluster's CA. The CA's private key never goes to a node.</source>
        <translation>Un certificat TLS mutuel par nœud et un certificat web par frontend, signés par l'AC du cluster. La clé privée de l'AC ne va jamais sur un nœud.</translation>
    </message>
    <message>
        <source>&amp;Generate a new CA and every certificate</source>
        <translation>&amp;Générer une nouvelle AC et tous les certificats</translation>
    </message>
    <message>
        <source>Sign with &amp;my organisation's CA (certificate and key)</source>
        <translation>Signer avec l'AC de &amp;mon organisation (certificat et clé)</translation>
    </message>
    <message>
        <source>&amp;Bring my own certificates (checked against my CA, nothing signed)</source>
        <translation>&amp;Fournir mes propres certificats (vérifiés avec mon AC, rien n'est signé)</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>seulement pour une clé chiffrée</translation>
    </message>
    <message>
        <source>a folder laid out like certificates/ (nodes/, web/)</source>
        <translation>un dossier organisé comme certificates/ (nodes/, web/)</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>CA validity (days):</source>
        <translation>Validité de l'AC (jours) :</translation>
    </message>
    <message>
        <source>Certificate validity (days):</source>
        <translation>Validité des certificats (jours) :</translation>
    </message>
    <message>
        <source>CA certificate (PEM):</source>
        <translation>Certificat de l'AC (PEM) :</translation>
    </message>
    <message>
        <source>CA private key (PEM):</source>
        <translation>Clé privée de l'AC (PEM) :</translation>
    </message>
    <message>
        <source>CA key passphrase:</source>
        <translation>Phrase secrète de la clé de l'AC :</translation>
    </message>
    <message>
        <source>Certificates folder:</source>
        <translation>Dossier des certificats :</translation>
    </message>
    <message>
        <source>&amp;Create certificates</source>
        <translation>&amp;Créer les certificats</translation>
    </message>
    <message>
        <source>Every certificate passed OpenSSL's checks (chain, key, names, expiry).</source>
        <translation>Chaque certificat a passé les vérifications OpenSSL (chaîne, clé, noms, expiration).</translation>
    </message>
    <message>
        <source>No certificates yet: choose how to make them, then "Create certificates".</source>
        <translation>Pas encore de certificats : choisissez comment les créer, puis « Créer les certificats ».</translation>
    </message>
    <message>
        <source>The certificates in the output folder do not fit this cluster; create them again.</source>
        <translation>Les certificats du dossier de sortie ne correspondent pas à ce cluster ; recréez-les.</translation>
    </message>
    <message>
        <source>%1: cannot read "%2"%3</source>
        <translation>%1 : impossible de lire « %2 »%3</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l'AC</translation>
    </message>
    <message>
        <source>CA private key</source>
        <translation>Clé privée de l'AC</translation>
    </message>
    <message>
        <source>Certificates folder: choose the folder holding nodes/ and web/.</source>
        <translation>Dossier des certificats : choisissez le dossier contenant nodes/ et web/.</translation>
    </message>
    <message>
        <source>Creating certificates...</source>
        <translation>Création des certificats...</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt);;All files (*)</source>
        <translation>PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PEM (*.pem *.key);;All files (*)</source>
        <translation>PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificates folder</source>
        <translation>Dossier des certificats</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>%1 of %2 certificates signed</source>
        <translation>%1 certificats sur %2 signés</translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message>
        <source>, served by </source>
        <translation>, servi par </translation>
    </message>
    <message>
        <source>405: POST only, so routing works</source>
        <translation>405 : POST seulement, le routage fonctionne donc</translation>
    </message>
    <message>
        <source>: renew it (certs keeps valid ones and re-issues those this close to expiry)</source>
        <translation> : renouvelez-le (la création des certificats garde les valides et réémet ceux aussi proches de l'expiration)</translation>
    </message>
    <message>
        <source> (after %1 s: the load balancer had not marked a frontend up yet)</source>
        <translation> (après %1 s : l'équilibreur de charge n'avait pas encore marqué de frontend disponible)</translation>
    </message>
    <message>
        <source> (still, %1 s after the frontends answered directly)</source>
        <translation> (toujours, %1 s après que les frontends ont répondu directement)</translation>
    </message>
    <message>
        <source>GET %1: %2 (want %3), %4 ms%5</source>
        <translation>GET %1 : %2 (attendu %3), %4 ms%5</translation>
    </message>
    <message>
        <source>CN %1; SANs %2; expires %3 (%4 days)%5</source>
        <translation>CN %1 ; SAN %2 ; expire le %3 (%4 jours)%5</translation>
    </message>
</context>
<context>
    <name>ClusterImportJob</name>
    <message>
        <source>Imported from %1: multi_node_config.conf (%2 bytes), the CA certificate%3%4.</source>
        <translation>Importé depuis %1 : multi_node_config.conf (%2 octets), le certificat de la CA%3%4.</translation>
    </message>
    <message>
        <source> and key</source>
        <translation> et sa clé</translation>
    </message>
    <message>
        <source>, the certificate bundle</source>
        <translation>, le paquet de certificats</translation>
    </message>
</context>
<context>
    <name>ClusterSession</name>
    <message>
        <source>new cluster (%1-node template)</source>
        <translation>nouveau cluster (modèle à %1 nœuds)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>choose where to save the project first</source>
        <translation>choisissez d'abord où enregistrer le projet</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLÈME : %1</translation>
    </message>
    <message>
        <source>%1: CN=%2, expires %3%4</source>
        <translation>%1 : CN=%2, expire le %3%4</translation>
    </message>
    <message>
        <source>, SANs %1</source>
        <translation>, SAN %1</translation>
    </message>
</context>
<context>
    <name>ClusterVerifier</name>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>manage.sh status failed (%1)%2</source>
        <translation>manage.sh status a échoué (%1)%2</translation>
    </message>
    <message>
        <source>cannot list the steps (%1)</source>
        <translation>impossible de lister les étapes (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectFailure</name>
    <message>
        <source>%1 (jump host %2 reached %3:%4, then the node's SSH server ended the handshake: look at its sshd log, for example a MaxStartups limit or a key exchange it refuses, or check that %4 is its SSH port; compare with ssh -v -J %2 -p %4 %3)</source>
        <translation>%1 (l'hôte de rebond %2 a atteint %3:%4, puis le serveur SSH du nœud a mis fin à la négociation : consultez son journal sshd, par exemple une limite MaxStartups ou un échange de clés refusé, ou vérifiez que %4 est bien son port SSH ; comparez avec ssh -v -J %2 -p %4 %3)</translation>
    </message>
    <message>
        <source>%1 (through the ProxyCommand of ssh_config: try that hop with ssh -v first)</source>
        <translation>%1 (via le ProxyCommand de ssh_config : essayez d'abord ce saut avec ssh -v)</translation>
    </message>
    <message>
        <source>the name %1 does not resolve from this machine (%2): check DNS, /etc/hosts, the VPN, or give the node's address (or an ssh_config HostName)</source>
        <translation>le nom %1 ne se résout pas depuis cette machine (%2) : vérifiez le DNS, /etc/hosts, le VPN, ou indiquez l'adresse du nœud (ou un HostName dans ssh_config)</translation>
    </message>
    <message>
        <source>connection refused on %1 port %2: no sshd listens there (is it running, on another port, or is the port filtered with a reject rule?)</source>
        <translation>connexion refusée sur %1 port %2 : aucun sshd n'y écoute (est-il lancé, sur un autre port, ou le port est-il filtré par une règle reject ?)</translation>
    </message>
    <message>
        <source>no route to %1 port %2 (%3): check the VPN, the routing table and the address</source>
        <translation>aucune route vers %1 port %2 (%3) : vérifiez le VPN, la table de routage et l'adresse</translation>
    </message>
    <message>
        <source>no answer from %1 port %2 within %3 s: the node is down, or a firewall drops the packets (security groups, host firewall), or the VPN is not up</source>
        <translation>aucune réponse de %1 port %2 en %3 s : le nœud est arrêté, un pare-feu rejette les paquets (groupes de sécurité, pare-feu de l'hôte) ou le VPN n'est pas établi</translation>
    </message>
    <message>
        <source>cannot reach %1 port %2: %3</source>
        <translation>impossible de joindre %1 port %2 : %3</translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections but the SSH handshake failed (%3): the server closed or stalled during the key exchange; sshd may be refusing new connections (MaxStartups, too many at once), be overloaded, or not be an SSH server</source>
        <translation>%1 port %2 accepte les connexions mais la négociation SSH a échoué (%3) : le serveur a fermé ou s'est bloqué pendant l'échange de clés ; sshd refuse peut-être les nouvelles connexions (MaxStartups, trop à la fois), est surchargé, ou n'est pas un serveur SSH</translation>
    </message>
</context>
<context>
    <name>DrillPage</name>
    <message>
        <source>Failover drills</source>
        <translation>Exercices de bascule</translation>
    </message>
    <message>
        <source>Optional: prove the cluster survives losing a frontend, a backend or a whole site. Whatever is stopped is restored, also after a failure or a cancel.</source>
        <translation>Facultatif : prouvez que le cluster survit à la perte d'un frontend, d'un backend ou d'un site entier. Tout ce qui est arrêté est rétabli, même après un échec ou une annulation.</translation>
    </message>
    <message>
        <source>A frontend</source>
        <translation>Un frontend</translation>
    </message>
    <message>
        <source>A backend</source>
        <translation>Un backend</translation>
    </message>
    <message>
        <source>A whole site (stretch clusters)</source>
        <translation>Un site entier (clusters étendus)</translation>
    </message>
    <message>
        <source>HOST[:PORT] users go through; empty: the VIP or the FQDN</source>
        <translation>HÔTE[:PORT] par lequel passent les utilisateurs ; vide : la VIP ou le FQDN</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the entry point may take to route around the loss.</source>
        <translation>Temps accordé au point d'entrée pour contourner la perte.</translation>
    </message>
    <message>
        <source>&amp;Stop:</source>
        <translation>&amp;Arrêter :</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Lequel :</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Point d'entrée :</translation>
    </message>
    <message>
        <source>&amp;Failover allowed:</source>
        <translation>&amp;Délai de bascule :</translation>
    </message>
    <message>
        <source>&amp;Run drill</source>
        <translation>&amp;Lancer l'exercice</translation>
    </message>
    <message>
        <source>&amp;Cancel drill</source>
        <translation>A&amp;nnuler l'exercice</translation>
    </message>
    <message>
        <source>PASS: %1</source>
        <translation>RÉUSSI : %1</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>ÉCHOUÉ : %1</translation>
    </message>
    <message>
        <source>NOT everything could be restored: see the timeline.</source>
        <translation>Tout n'a PAS pu être rétabli : voir la chronologie.</translation>
    </message>
    <message>
        <source>Drill running...</source>
        <translation>Exercice en cours...</translation>
    </message>
</context>
<context>
    <name>DrillRun</name>
    <message>
        <source>entry: %1</source>
        <translation>entrée : %1</translation>
    </message>
    <message>
        <source>cancelled; everything stopped is being restored</source>
        <translation>annulé ; tout ce qui a été arrêté est en cours de rétablissement</translation>
    </message>
    <message>
        <source>no node is in site %1</source>
        <translation>aucun nœud n'est sur le site %1</translation>
    </message>
    <message>
        <source>no node named %1</source>
        <translation>aucun nœud ne s'appelle %1</translation>
    </message>
    <message>
        <source>%1 is not a frontend (%2)</source>
        <translation>%1 n'est pas un frontend (%2)</translation>
    </message>
    <message>
        <source>%1 is not a backend (%2)</source>
        <translation>%1 n'est pas un backend (%2)</translation>
    </message>
    <message>
        <source>not started: the entry %1:%2 is not healthy before the drill (%3)</source>
        <translation>non lancé : l'entrée %1:%2 n'est pas saine avant l'exercice (%3)</translation>
    </message>
    <message>
        <source>before: %1:%2 answers /health-check (served by %3)</source>
        <translation>avant : %1:%2 répond à /health-check (servi par %3)</translation>
    </message>
    <message>
        <source>cannot reach %1 to pause its health-check cron: %2</source>
        <translation>impossible de joindre %1 pour suspendre son cron de contrôle de santé : %2</translation>
    </message>
    <message>
        <source>cannot pause the health-check cron on %1: %2</source>
        <translation>impossible de suspendre le cron de contrôle de santé sur %1 : %2</translation>
    </message>
    <message>
        <source>paused the health-check cron on all %1 nodes</source>
        <translation>cron de contrôle de santé suspendu sur les %1 nœuds</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>stopping %1 failed: %2</source>
        <translation>l'arrêt de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>stopped %1 on %2</source>
        <translation>%1 arrêté(s) sur %2</translation>
    </message>
    <message>
        <source>quorum: %1 of %2 voters left, %3 needed: %4</source>
        <translation>quorum : %1 votants sur %2 restants, %3 nécessaires : %4</translation>
    </message>
    <message>
        <source>quorum: %1 of %2 voters left, %3 needed</source>
        <translation>quorum : %1 votants sur %2 restants, %3 nécessaires</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>during: %1:%2 keeps answering /health-check from the others (%3), %4 s after the stop</source>
        <translation>pendant : %1:%2 continue de répondre à /health-check depuis les autres (%3), %4 s après l'arrêt</translation>
    </message>
    <message>
        <source>during: %1:%2 did not answer from another node within %3 s (last: %4)</source>
        <translation>pendant : %1:%2 n'a pas répondu depuis un autre nœud en %3 s (dernier : %4)</translation>
    </message>
    <message>
        <source>after: %1 answers /health-check again</source>
        <translation>après : %1 répond de nouveau à /health-check</translation>
    </message>
    <message>
        <source>after: %1 does not answer /health-check within %2 s</source>
        <translation>après : %1 ne répond pas à /health-check en %2 s</translation>
    </message>
    <message>
        <source>could not restore everything: see the timeline</source>
        <translation>tout n'a pas pu être rétabli : voir la chronologie</translation>
    </message>
    <message>
        <source>losing %1 breaks quorum (%2); everything was restored</source>
        <translation>perdre %1 rompt le quorum (%2) ; tout a été rétabli</translation>
    </message>
    <message>
        <source>users were not served through %1:%2 while %3 was down; everything was restored</source>
        <translation>les utilisateurs n'ont pas été servis via %1:%2 pendant l'arrêt de %3 ; tout a été rétabli</translation>
    </message>
    <message>
        <source>restored, but not everything answers again</source>
        <translation>rétabli, mais tout ne répond pas de nouveau</translation>
    </message>
    <message>
        <source>users kept being served through %1:%2 while %3 was down, and everything is back</source>
        <translation>les utilisateurs ont continué d'être servis via %1:%2 pendant l'arrêt de %3, et tout est revenu</translation>
    </message>
    <message>
        <source>cannot reconnect: %1</source>
        <translation>reconnexion impossible : %1</translation>
    </message>
    <message>
        <source>no exit status: %1</source>
        <translation>aucun code de sortie : %1</translation>
    </message>
    <message>
        <source>restore %1: connection lost while starting %2 (%3); reconnecting</source>
        <translation>rétablissement %1 : connexion perdue au démarrage de %2 (%3) ; reconnexion</translation>
    </message>
    <message>
        <source>restore %1: cannot connect: %2</source>
        <translation>rétablissement %1 : connexion impossible : %2</translation>
    </message>
    <message>
        <source>restore %1: starting %2 failed: %3</source>
        <translation>rétablissement %1 : le démarrage de %2 a échoué : %3</translation>
    </message>
    <message>
        <source>restored %1: started %2</source>
        <translation>%1 rétabli : %2 démarré(s)</translation>
    </message>
    <message>
        <source>restore %1: crontab not restored, cannot connect: %2</source>
        <translation>rétablissement %1 : crontab non rétablie, connexion impossible : %2</translation>
    </message>
    <message>
        <source>restored %1: crontab as it was</source>
        <translation>%1 rétabli : crontab comme avant</translation>
    </message>
    <message>
        <source>restore %1: crontab failed: %2</source>
        <translation>rétablissement %1 : crontab en échec : %2</translation>
    </message>
    <message>
        <source>verdict: %1: %2</source>
        <translation>verdict : %1 : %2</translation>
    </message>
</context>
<context>
    <name>EntryPoint</name>
    <message>
        <source>%1 is a node of the cluster: using its address %2</source>
        <translation>%1 est un nœud du cluster : son adresse %2 est utilisée</translation>
    </message>
    <message>
        <source>%1 does not resolve here and the project names no address for it: give the entry point with --via HOST[:PORT]</source>
        <translation>%1 ne se résout pas ici et le projet ne lui donne aucune adresse : indiquez le point d'entrée (--via HOST[:PORT] en CLI)</translation>
    </message>
    <message>
        <source>%1 does not resolve here; using %2 from the project (TLS name and Host stay %1)</source>
        <translation>%1 ne se résout pas ici ; %2 du projet est utilisé (le nom TLS et Host restent %1)</translation>
    </message>
    <message>
        <source>the entry %1 is a frontend of the cluster, not a load balancer: a drill through it proves less than one through the load balancer</source>
        <translation>l'entrée %1 est un frontend du cluster, pas un équilibreur de charge : un exercice par elle prouve moins qu'un exercice par l'équilibreur de charge</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Fix the topology's errors first.</source>
        <translation>Corrigez d'abord les erreurs de la topologie.</translation>
    </message>
    <message>
        <source>Save the project first (Review page).</source>
        <translation>Enregistrez d'abord le projet (page Vérification des fichiers).</translation>
    </message>
    <message>
        <source>Export failed: %1. Nothing was written.</source>
        <translation>Échec de l'export : %1. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 files, %3 bytes)</source>
        <translation>Paquet écrit : %1 (%2 fichiers, %3 octets)</translation>
    </message>
</context>
<context>
    <name>ExternalAccessPage</name>
    <message>
        <source>External access</source>
        <translation>Accès externe</translation>
    </message>
    <message>
        <source>The name users and sensors reach the platform by, and what sends them to the frontends.</source>
        <translation>Le nom par lequel utilisateurs et capteurs joignent la plateforme, et ce qui les envoie vers les frontends.</translation>
    </message>
    <message>
        <source>None: /etc/hosts entries or your own DNS</source>
        <translation>Aucun : entrées /etc/hosts ou votre propre DNS</translation>
    </message>
    <message>
        <source>DNS multi-value records (Route 53)</source>
        <translation>Enregistrements DNS multivaleurs (Route 53)</translation>
    </message>
    <message>
        <source>L4 load balancer (AWS NLB)</source>
        <translation>Répartiteur de charge L4 (AWS NLB)</translation>
    </message>
    <message>
        <source>L7 load balancer (Azure Application Gateway)</source>
        <translation>Répartiteur de charge L7 (Azure Application Gateway)</translation>
    </message>
    <message>
        <source>On-prem HAProxy + Keepalived with a virtual IP</source>
        <translation>HAProxy + Keepalived sur site avec une IP virtuelle</translation>
    </message>
    <message>
        <source>Add "&lt;ip&gt; &lt;fqdn&gt;" to every node's /etc/hosts (the guide's fallback when DNS does not resolve the FQDN)</source>
        <translation>Ajouter « &lt;ip&gt; &lt;fqdn&gt; » au /etc/hosts de chaque nœud (le repli du guide quand le DNS ne résout pas le FQDN)</translation>
    </message>
    <message>
        <source>empty: the first frontend</source>
        <translation>vide : le premier frontend</translation>
    </message>
    <message>
        <source>Backends resolve the FQDN to:</source>
        <translation>Les backends résolvent le FQDN en :</translation>
    </message>
    <message>
        <source>Hosted zone ID:</source>
        <translation>ID de zone hébergée :</translation>
    </message>
    <message>
        <source>TTL (s):</source>
        <translation>TTL (s) :</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>VPC :</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>Sous-réseaux :</translation>
    </message>
    <message>
        <source>LB security group:</source>
        <translation>Groupe de sécurité du LB :</translation>
    </message>
    <message>
        <source>Frontend security group:</source>
        <translation>Groupe de sécurité des frontends :</translation>
    </message>
    <message>
        <source>LB subnet CIDR (firewall):</source>
        <translation>CIDR du sous-réseau du LB (pare-feu) :</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>Groupe de ressources :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Virtual network:</source>
        <translation>Réseau virtuel :</translation>
    </message>
    <message>
        <source>Gateway subnet:</source>
        <translation>Sous-réseau de la passerelle :</translation>
    </message>
    <message>
        <source>Network security group:</source>
        <translation>Groupe de sécurité réseau :</translation>
    </message>
    <message>
        <source>Gateway name:</source>
        <translation>Nom de la passerelle :</translation>
    </message>
    <message>
        <source>Gateway subnet CIDR (firewall):</source>
        <translation>CIDR du sous-réseau de la passerelle (pare-feu) :</translation>
    </message>
    <message>
        <source>LB hostname</source>
        <translation>Nom d'hôte du LB</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Add LB node</source>
        <translation>Ajouter un nœud LB</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Virtual IP:</source>
        <translation>IP virtuelle :</translation>
    </message>
    <message>
        <source>HAProxy nodes (first is MASTER):</source>
        <translation>Nœuds HAProxy (le premier est MASTER) :</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Répartition :</translation>
    </message>
    <message>
        <source>VRRP router ID:</source>
        <translation>ID de routeur VRRP :</translation>
    </message>
    <message>
        <source>Analytics &amp;hostname:</source>
        <translation>Nom d'&amp;hôte Analytics :</translation>
    </message>
    <message>
        <source>Analytics &amp;domain:</source>
        <translation>&amp;Domaine Analytics :</translation>
    </message>
    <message>
        <source>&amp;Frontend port:</source>
        <translation>Port des &amp;frontends :</translation>
    </message>
    <message>
        <source>DNS / &amp;load balancer:</source>
        <translation>DNS / &amp;répartiteur :</translation>
    </message>
    <message>
        <source>Analytics hostname: enter the first label of the FQDN users open (e.g. agilesec).</source>
        <translation>Nom d'hôte Analytics : saisissez le premier libellé du FQDN ouvert par les utilisateurs (p. ex. agilesec).</translation>
    </message>
    <message>
        <source>Analytics domain: enter the domain (e.g. example.com).</source>
        <translation>Domaine Analytics : saisissez le domaine (p. ex. example.com).</translation>
    </message>
    <message>
        <source>FQDN %1: %2</source>
        <translation>FQDN %1 : %2</translation>
    </message>
    <message>
        <source>Virtual IP: enter the address the load balancers share (e.g. 10.0.0.100).</source>
        <translation>IP virtuelle : saisissez l'adresse partagée par les répartiteurs (p. ex. 10.0.0.100).</translation>
    </message>
    <message>
        <source>The topology has errors (Topology page).</source>
        <translation>La topologie contient des erreurs (page Topologie).</translation>
    </message>
    <message>
        <source>Users will open https://%1:%2/ (entry point: %3)</source>
        <translation>Les utilisateurs ouvriront https://%1:%2/ (point d'entrée : %3)</translation>
    </message>
    <message>
        <source>An HTTPS health check on /health-check per record (public addresses only)</source>
        <translation>Une vérification d'état HTTPS sur /health-check par enregistrement (adresses publiques uniquement)</translation>
    </message>
    <message>
        <source>Without one, DNS keeps answering with a frontend that is down. Route 53's checkers cannot reach private addresses; those records get none.</source>
        <translation>Sans elle, le DNS continue de répondre avec un frontend en panne. Les vérificateurs de Route 53 n'atteignent pas les adresses privées ; ces enregistrements n'en ont pas.</translation>
    </message>
    <message>
        <source>HAProxy nodes, row %1: enter the node's host name and its IP address.</source>
        <translation>Nœuds HAProxy, ligne %1 : saisissez le nom d'hôte et l'adresse IP du nœud.</translation>
    </message>
    <message>
        <source>HAProxy nodes: add at least one load-balancer node (two for failover).</source>
        <translation>Nœuds HAProxy : ajoutez au moins un nœud de répartition de charge (deux pour la bascule).</translation>
    </message>
    <message>
        <source>HAProxy nodes</source>
        <translation>Nœuds HAProxy</translation>
    </message>
    <message>
        <source>Virtual IP</source>
        <translation>IP virtuelle</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>VRRP router id</source>
        <translation>ID de routeur VRRP</translation>
    </message>
    <message>
        <source>Route 53 health checks</source>
        <translation>Contrôles de santé Route 53</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Open the &amp;output folder</source>
        <translation>Ouvrir le dossier de &amp;sortie</translation>
    </message>
    <message>
        <source>Access information for Web UI
  Login URL: %1/signin
  Admin username: admin - Password (as provided during installation)
  Ingestion service endpoint for v3 unified sensor: %1/v3/ingest
  Ingestion endpoint for v2 sensors: %1/v1/oauth2/token
</source>
        <translation>Informations d'accès à l'interface web
  URL de connexion : %1/signin
  Nom d'utilisateur admin : admin - Mot de passe (celui fourni à l'installation)
  Point d'ingestion pour le capteur unifié v3 : %1/v3/ingest
  Point d'ingestion pour les capteurs v2 : %1/v1/oauth2/token
</translation>
    </message>
    <message>
        <source>The install did not complete; the logs say why.</source>
        <translation>L'installation n'a pas abouti ; les journaux disent pourquoi.</translation>
    </message>
    <message>
        <source>The bundle is ready to carry to the air-gapped site.</source>
        <translation>Le paquet est prêt à être porté sur le site isolé.</translation>
    </message>
    <message>
        <source>At the site: unzip the bundle and follow CHECKLIST.md and runbooks/ (or run the Ansible playbook).
Once installed, users reach the platform as follows.

</source>
        <translation>Sur le site : décompressez le paquet et suivez CHECKLIST.md et runbooks/ (ou lancez le playbook Ansible).
Une fois installée, la plateforme est joignable ainsi :

</translation>
    </message>
    <message>
        <source>Project: %1
Generated files and certificates: %2
Logs: %3</source>
        <translation>Projet : %1
Fichiers générés et certificats : %2
Journaux : %3</translation>
    </message>
    <message>
        <source>Where users and sensors go</source>
        <translation>Où vont les utilisateurs et les capteurs</translation>
    </message>
    <message>
        <source>Open the &amp;project folder</source>
        <translation>Ouvrir le dossier du &amp;projet</translation>
    </message>
    <message>
        <source>Open the &amp;logs folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>No maintenance was run.</source>
        <translation>Aucune maintenance n'a été exécutée.</translation>
    </message>
    <message>
        <source>Maintenance complete: %1</source>
        <translation>Maintenance terminée : %1</translation>
    </message>
    <message>
        <source>MAINTENANCE STOPPED: %1</source>
        <translation>MAINTENANCE ARRÊTÉE : %1</translation>
    </message>
    <message>
        <source>The running cluster is imported into this project.</source>
        <translation>Le cluster en service est importé dans ce projet.</translation>
    </message>
    <message>
        <source>The cluster is installed: %1</source>
        <translation>Le cluster est installé : %1</translation>
    </message>
    <message>
        <source>%1: backends %2, frontends %3</source>
        <translation>%1 : backends %2, frontends %3</translation>
    </message>
    <message>
        <source>, coordinator and scan nodes %1</source>
        <translation>, nœuds coordinateur et de scan %1</translation>
    </message>
    <message>
        <source>, stretched over %1</source>
        <translation>, répartis sur %1</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nœuds :</translation>
    </message>
    <message>
        <source>Install took:</source>
        <translation>Durée de l'installation :</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Health (Verify):</source>
        <translation>Santé (Vérifier) :</translation>
    </message>
    <message>
        <source>%1 of %2 nodes run all their services; %3 of %4 checks over TLS pass</source>
        <translation>%1 nœuds sur %2 exécutent tous leurs services ; %3 contrôles TLS sur %4 réussis</translation>
    </message>
    <message>
        <source>Failover drill:</source>
        <translation>Exercice de basculement :</translation>
    </message>
    <message>
        <source>PASS: %1</source>
        <translation>RÉUSSI : %1</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>Open warnings:</source>
        <translation>Avertissements ouverts :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>v3 unified sensor ingestion:</source>
        <translation>Ingestion des capteurs unifiés v3 :</translation>
    </message>
    <message>
        <source>v2 sensors (token):</source>
        <translation>Capteurs v2 (jeton) :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key CHANGED: %1</source>
        <translation>Clé d'hôte MODIFIÉE : %1</translation>
    </message>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Clé d'hôte inconnue : %1</translation>
    </message>
    <message>
        <source>Accept the NEW key and re-pin</source>
        <translation>Accepter la NOUVELLE clé et l'épingler</translation>
    </message>
    <message>
        <source>Accept and pin</source>
        <translation>Accepter et épingler</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the jump host %1, on the way to %2,</source>
        <translation>de l'hôte de rebond %1, sur le chemin de %2,</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: the host key of %1 has CHANGED.&lt;/b&gt;&lt;br&gt;This can mean someone is intercepting the connection (a man-in-the-middle attack). Nothing was sent. Accept only if the host was re-imaged or its SSH keys were regenerated, and the fingerprint below matches the host's own.</source>
        <translation>&lt;b&gt;ATTENTION : la clé d'hôte de %1 a CHANGÉ.&lt;/b&gt;&lt;br&gt;Cela peut signifier que quelqu'un intercepte la connexion (une attaque de l'homme du milieu). Rien n'a été envoyé. N'acceptez que si l'hôte a été réinstallé ou ses clés SSH régénérées, et que l'empreinte ci-dessous est bien celle de l'hôte.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Compare the fingerprint below with the host's own before accepting it; it is then pinned in the project.</source>
        <translation>La clé d'hôte de %1 n'est pas encore connue. Comparez l'empreinte ci-dessous avec celle de l'hôte avant de l'accepter ; elle est ensuite épinglée dans le projet.</translation>
    </message>
    <message>
        <source>On that host: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</source>
        <translation>Sur cet hôte : ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</translation>
    </message>
</context>
<context>
    <name>HttpsProbe</name>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>connexion impossible à %1:%2 : %3</translation>
    </message>
    <message>
        <source>no HTTP answer from %1:%2 for %3</source>
        <translation>aucune réponse HTTP de %1:%2 pour %3</translation>
    </message>
</context>
<context>
    <name>ImportClusterPage</name>
    <message>
        <source>Import a running cluster</source>
        <translation>Importer un cluster en service</translation>
    </message>
    <message>
        <source>Read the cluster from backend-1, where the guide keeps its files. Nothing is changed on the nodes.</source>
        <translation>Lire le cluster sur backend-1, où le guide garde ses fichiers. Rien n'est modifié sur les nœuds.</translation>
    </message>
    <message>
        <source>backend-1's address or ssh_config alias</source>
        <translation>adresse ou alias ssh_config de backend-1</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Also copy the CA private key (needed to issue certificates for new nodes). It stays on this machine, mode 600, and is never sent to a node.</source>
        <translation>Copier aussi la clé privée de la CA (nécessaire pour émettre les certificats des nouveaux nœuds). Elle reste sur cette machine, mode 600, et n'est jamais envoyée à un nœud.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>backend-1:</source>
        <translation>backend-1 :</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>Port SSH :</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>Utilisateur SSH :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>SSH password / key passphrase:</source>
        <translation>Mot de passe SSH / phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Installer directory:</source>
        <translation>Répertoire de l'installeur :</translation>
    </message>
    <message>
        <source>Installation directory (-p):</source>
        <translation>Répertoire d'installation (-p) :</translation>
    </message>
    <message>
        <source>backend-1: give its address or ssh_config alias.</source>
        <translation>backend-1 : indiquez son adresse ou son alias ssh_config.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n node(s) in the project. Next: test the connections to every node, then verify them.</source>
        <translation>
            <numerusform>%1
%n nœud dans le projet. Ensuite : testez les connexions à chaque nœud, puis vérifiez-les.</numerusform>
            <numerusform>%1
%n nœuds dans le projet. Ensuite : testez les connexions à chaque nœud, puis vérifiez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstallExecutor</name>
    <message>
        <source>no SSH access configured for %1</source>
        <translation>aucun accès SSH configuré pour %1</translation>
    </message>
    <message>
        <source>cannot write the install journal: %1</source>
        <translation>impossible d'écrire le journal d'installation : %1</translation>
    </message>
    <message>
        <source>attempt %1 of %2, next in %3 s</source>
        <translation>tentative %1 sur %2, prochaine dans %3 s</translation>
    </message>
    <message>
        <source>could not update the install journal (a resume may redo this step): %1</source>
        <translation>impossible de mettre à jour le journal d'installation (une reprise pourrait refaire cette étape) : %1</translation>
    </message>
    <message>
        <source>%1 node(s) done, every phase completed</source>
        <translation>%1 nœud(s) terminé(s), toutes les phases achevées</translation>
    </message>
    <message>
        <source>completed with %1 node(s) left out: %2</source>
        <translation>terminé avec %1 nœud(s) laissé(s) de côté : %2</translation>
    </message>
    <message>
        <source>done earlier (journal)</source>
        <translation>déjà fait (journal)</translation>
    </message>
    <message>
        <source>aborted; re-run install to resume where it stopped</source>
        <translation>interrompu ; relancez l'installation pour reprendre là où elle s'est arrêtée</translation>
    </message>
    <message>
        <source>phase %1 failed on %2; later phases were not started. Fix the cause and run install again: finished steps are not repeated</source>
        <translation>la phase %1 a échoué sur %2 ; les phases suivantes n'ont pas été lancées. Corrigez la cause et relancez l'installation : les étapes terminées ne sont pas répétées</translation>
    </message>
    <message>
        <source>%1 is a backend: without it MongoDB, OpenSearch and Kafka run with one member fewer, so the cluster tolerates one failure less, and later phases may fail for lack of quorum. Install it later with install (finished steps are kept).</source>
        <translation>%1 est un backend : sans lui, MongoDB, OpenSearch et Kafka tournent avec un membre de moins, le cluster tolère donc une panne de moins, et les phases suivantes peuvent échouer faute de quorum. Installez-le plus tard (les étapes terminées sont conservées).</translation>
    </message>
    <message>
        <source>%1 is the quorum tie-breaker and creates the Kafka topics the frontends need: without it the frontends' installs are expected to fail and a single backend failure loses quorum.</source>
        <translation>%1 départage le quorum et crée les topics Kafka dont les frontends ont besoin : sans lui, les installations des frontends devraient échouer et la panne d'un seul backend fait perdre le quorum.</translation>
    </message>
    <message>
        <source>%1 is a scan node: scans keep running on the backends' schedulers.</source>
        <translation>%1 est un nœud de scan : les scans continuent sur les ordonnanceurs des backends.</translation>
    </message>
    <message>
        <source>%1 is a frontend: users reach the platform through the other frontends; take it out of the load balancer or DNS until it is installed.</source>
        <translation>%1 est un frontend : les utilisateurs atteignent la plateforme par les autres frontends ; retirez-le de l'équilibreur de charge ou du DNS jusqu'à son installation.</translation>
    </message>
    <message>
        <source>left out %1: %2</source>
        <translation>%1 laissé de côté : %2</translation>
    </message>
    <message>
        <source>could not update the install journal (a resume may redo steps): %1</source>
        <translation>impossible de mettre à jour le journal d'installation (une reprise pourrait refaire des étapes) : %1</translation>
    </message>
</context>
<context>
    <name>InstallJob</name>
    <message>
        <source>The platform's admin password is needed (Access page).</source>
        <translation>Le mot de passe admin de la plateforme est nécessaire (page Accès).</translation>
    </message>
    <message>
        <source>Cannot prepare the files to upload: %1</source>
        <translation>Impossible de préparer les fichiers à envoyer : %1</translation>
    </message>
    <message>
        <source>Adding nodes runs with this installer: it has its own journal and load-balancer change.</source>
        <translation>L'ajout de nœuds se fait avec cet installateur : il a son propre journal et sa propre modification du répartiteur de charge.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) installed with Ansible</source>
        <translation>
            <numerusform>%n nœud installé avec Ansible</numerusform>
            <numerusform>%n nœuds installés avec Ansible</numerusform>
        </translation>
    </message>
    <message>
        <source>aborted before any step ran</source>
        <translation>interrompu avant toute étape</translation>
    </message>
</context>
<context>
    <name>InstallLogSummary</name>
    <message>
        <source>%1/%2 services Running</source>
        <translation>%1/%2 services en marche</translation>
    </message>
</context>
<context>
    <name>InstallOverallBar</name>
    <message>
        <source>All nodes:</source>
        <translation>Tous les nœuds :</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>estimating the time left...</source>
        <translation>estimation du temps restant...</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>encore environ %1 min</translation>
    </message>
    <message>
        <source>under a minute left</source>
        <translation>moins d'une minute restante</translation>
    </message>
    <message>
        <source>done in %1 min %2 s</source>
        <translation>terminé en %1 min %2 s</translation>
    </message>
    <message>
        <source>stopped after %1 min %2 s</source>
        <translation>arrêté après %1 min %2 s</translation>
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
        <translation>Les étapes du guide sur chaque nœud, phase après phase ; les nœuds d'une phase tournent en parallèle. Sélectionnez un nœud pour son journal en direct.</translation>
    </message>
    <message>
        <source>Skip node</source>
        <translation>Ignorer le nœud</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Last line</source>
        <translation>Dernière ligne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Select a node to follow its log.</source>
        <translation>Sélectionnez un nœud pour suivre son journal.</translation>
    </message>
    <message>
        <source>&amp;Retry node</source>
        <translation>&amp;Relancer le nœud</translation>
    </message>
    <message>
        <source>S&amp;kip node</source>
        <translation>&amp;Ignorer le nœud</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>The install did not start: %1</source>
        <translation>L'installation n'a pas démarré : %1</translation>
    </message>
    <message>
        <source>Install complete: %1</source>
        <translation>Installation terminée : %1</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1 : %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Preparing the files to upload (env files, certificates)...</source>
        <translation>Préparation des fichiers à envoyer (fichiers env, certificats)...</translation>
    </message>
    <message numerus="yes">
        <source>Installing %n node(s)...</source>
        <translation>
            <numerusform>Installation de %n nœud...</numerusform>
            <numerusform>Installation de %n nœuds...</numerusform>
        </translation>
    </message>
    <message>
        <source>KAFKA WATCHDOG: %1</source>
        <translation>SURVEILLANCE KAFKA : %1</translation>
    </message>
    <message>
        <source>%1 failed. Select it to read its log, then Retry, Skip or Abort.</source>
        <translation>%1 a échoué. Sélectionnez-le pour lire son journal, puis Relancer, Ignorer ou Interrompre.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Retrying %1...</source>
        <translation>Nouvelle tentative pour %1...</translation>
    </message>
    <message>
        <source>Aborting: stopping the running steps...</source>
        <translation>Interruption : arrêt des étapes en cours...</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n étape terminée</numerusform>
            <numerusform>%n étapes terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Install stopped: %1. To resume, open the project again (File &gt; Recent projects) and install; finished steps are not repeated.</source>
        <translation>Installation arrêtée : %1. Pour reprendre, rouvrez le projet (Fichier &gt; Projets récents) et installez ; les étapes terminées ne sont pas refaites.</translation>
    </message>
    <message>
        <source>connection lost; reconnecting (%1). The step goes on on the node.</source>
        <translation>Connexion perdue ; reconnexion en cours (%1). L'étape continue sur le nœud.</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message numerus="yes">
        <source>Installing %n node(s) with ansible-playbook (its whole output: %1)...</source>
        <translation>
            <numerusform>Installation de %n nœud avec ansible-playbook (toute sa sortie : %1)...</numerusform>
            <numerusform>Installation de %n nœuds avec ansible-playbook (toute sa sortie : %1)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Aborting: stopping ansible-playbook (steps already started finish on the nodes)...</source>
        <translation>Abandon : arrêt d'ansible-playbook (les étapes déjà lancées se terminent sur les nœuds)...</translation>
    </message>
    <message>
        <source>step %1/%2</source>
        <translation>étape %1/%2</translation>
    </message>
    <message>
        <source>step %1/%2: %3</source>
        <translation>étape %1/%2 : %3</translation>
    </message>
    <message>
        <source>──────── retried ────────</source>
        <translation>──────── nouvelle tentative ────────</translation>
    </message>
</context>
<context>
    <name>InstallPlan</name>
    <message>
        <source>Copy the installer package to the node</source>
        <translation>Copier le paquet d'installation sur le nœud</translation>
    </message>
    <message>
        <source>Unpack the installer package</source>
        <translation>Décompresser le paquet d'installation</translation>
    </message>
    <message>
        <source>Copy the certificate bundle to the node</source>
        <translation>Copier l'archive des certificats sur le nœud</translation>
    </message>
    <message>
        <source>Extract the certificate bundle</source>
        <translation>Extraire l'archive des certificats</translation>
    </message>
    <message>
        <source>Keep multi_node_config.conf on the primary backend, where the guide edits it</source>
        <translation>Garder multi_node_config.conf sur le backend primaire, où le guide la modifie</translation>
    </message>
    <message>
        <source>Tune the operating system</source>
        <translation>Régler le système d'exploitation (tune.sh)</translation>
    </message>
    <message>
        <source>Create .pass with the admin password (mode 600)</source>
        <translation>Créer .pass avec le mot de passe administrateur (mode 600)</translation>
    </message>
    <message>
        <source>Check that the health-check cron job is active</source>
        <translation>Vérifier que la tâche cron du contrôle de santé est active</translation>
    </message>
    <message>
        <source>Check the service status table</source>
        <translation>Vérifier le tableau d'état des services</translation>
    </message>
    <message>
        <source>Prepare every node (no order between nodes)</source>
        <translation>Préparer chaque nœud (sans ordre entre les nœuds)</translation>
    </message>
    <message>
        <source>every node has its certificates, .env, tuning and admin password</source>
        <translation>chaque nœud a ses certificats, son .env, ses réglages et le mot de passe administrateur</translation>
    </message>
    <message>
        <source>Install the primary backend</source>
        <translation>Installer le backend primaire</translation>
    </message>
    <message>
        <source>the primary backend has completed: it initialises the MongoDB primary, the OpenSearch cluster manager and the Kafka leader</source>
        <translation>le backend primaire a terminé : il initialise le primaire MongoDB, le gestionnaire du cluster OpenSearch et le leader Kafka</translation>
    </message>
    <message>
        <source>Install the second backend</source>
        <translation>Installer le deuxième backend</translation>
    </message>
    <message>
        <source>the second backend has completed: it adds the MongoDB secondary</source>
        <translation>le deuxième backend a terminé : il ajoute le secondaire MongoDB</translation>
    </message>
    <message>
        <source>Install the remaining backends and the quorum node in parallel</source>
        <translation>Installer en parallèle les autres backends et le nœud de quorum</translation>
    </message>
    <message>
        <source>all of them have completed: the quorum node creates the Kafka topics the frontends need; if Kafka stops on a backend meanwhile, restart it with ./scripts/manage.sh start kafka</source>
        <translation>tous ont terminé : le nœud de quorum crée les topics Kafka dont les frontends ont besoin ; si Kafka s'arrête entre-temps sur un backend, relancez-le avec ./scripts/manage.sh start kafka</translation>
    </message>
    <message>
        <source>Install the additional frontends and scan nodes in parallel</source>
        <translation>Installer en parallèle les frontends supplémentaires et les nœuds de scan</translation>
    </message>
    <message>
        <source>all of them have completed; then verify every node's services</source>
        <translation>tous ont terminé ; vérifiez ensuite les services de chaque nœud</translation>
    </message>
    <message>
        <source>Remove the one-time relay key from the node</source>
        <translation>Retirer du nœud la clé à usage unique du relais</translation>
    </message>
    <message>
        <source>every node holds the package with the installer's SHA-256, and no node holds the one-time key</source>
        <translation>chaque nœud détient le paquet avec le SHA-256 de l'installateur, et aucun ne détient plus la clé à usage unique</translation>
    </message>
    <message>
        <source>Use %1 as the node's .env</source>
        <translation>Utiliser %1 comme .env du nœud</translation>
    </message>
    <message>
        <source>Resolve %1 to %2 in /etc/hosts</source>
        <translation>Résoudre %1 en %2 dans /etc/hosts</translation>
    </message>
    <message>
        <source>Install the %1 services</source>
        <translation>Installer les services du profil %1</translation>
    </message>
    <message>
        <source>Let %1 send the package here with this run's one-time key</source>
        <translation>Autoriser %1 à envoyer le paquet ici avec la clé à usage unique de cette exécution</translation>
    </message>
    <message>
        <source>Send the installer package from %1 to %2</source>
        <translation>Envoyer le paquet d'installation de %1 à %2</translation>
    </message>
    <message>
        <source>Copy the installer package to the node (when %1 could not)</source>
        <translation>Copier le paquet d'installation sur le nœud (si %1 n'a pas pu)</translation>
    </message>
    <message>
        <source>Send the installer package across the installer's link once, to %1, which relays it to the other nodes (%2 at once)</source>
        <translation>Envoyer une seule fois le paquet d'installation par le lien de l'installateur, à %1, qui le relaie aux autres nœuds (%2 à la fois)</translation>
    </message>
</context>
<context>
    <name>InstallWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Co&amp;mmit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>LabJob</name>
    <message>
        <source>The lab did not start: %1</source>
        <translation>Le labo n'a pas démarré : %1</translation>
    </message>
    <message>
        <source>Lab started (a simulation): %1</source>
        <translation>Labo démarré (une simulation) : %1</translation>
    </message>
    <message numerus="yes">
        <source>Lab stopped: %n process(es) ended in %1.</source>
        <translation>
            <numerusform>Labo arrêté : %n processus terminé dans %1.</numerusform>
            <numerusform>Labo arrêté : %n processus terminés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lab did not stop cleanly: %1</source>
        <translation>Le labo ne s'est pas arrêté proprement : %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceJob</name>
    <message>
        <source>the cluster's CA certificate is needed for the health checks; it is not in the project's output folder</source>
        <translation>le certificat de la CA du cluster est nécessaire aux contrôles de santé ; il n'est pas dans le dossier de sortie du projet</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Rolling maintenance</source>
        <translation>Maintenance progressive</translation>
    </message>
    <message>
        <source>One node at a time: out of the load balancer's rotation, worked on, checked healthy, back in. Backends go one at a time with the quorum checked before and after each. The first problem stops the run with that node where it is.</source>
        <translation>Un nœud à la fois : retiré de la rotation du répartiteur de charge, traité, vérifié en bonne santé, remis. Les backends un par un, le quorum vérifié avant et après chacun. Le premier problème arrête l'exécution, ce nœud restant où il est.</translation>
    </message>
    <message>
        <source>&amp;Resume that run</source>
        <translation>&amp;Reprendre cette exécution</translation>
    </message>
    <message>
        <source>&amp;Start maintenance</source>
        <translation>&amp;Démarrer la maintenance</translation>
    </message>
    <message>
        <source>Your step at the load balancer</source>
        <translation>Votre étape sur le répartiteur de charge</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Terminé ?</translation>
    </message>
    <message>
        <source>All &amp;frontends</source>
        <translation>Tous les &amp;frontends</translation>
    </message>
    <message>
        <source>All &amp;backends</source>
        <translation>Tous les &amp;backends</translation>
    </message>
    <message>
        <source>Nodes, in this order:</source>
        <translation>Nœuds, dans cet ordre :</translation>
    </message>
    <message>
        <source>Restart its services (manage.sh stop all, start all)</source>
        <translation>Redémarrer ses services (manage.sh stop all, start all)</translation>
    </message>
    <message>
        <source>Run a command in its installer directory</source>
        <translation>Exécuter une commande dans son répertoire d'installation</translation>
    </message>
    <message>
        <source>Reboot it (its host key checked again after)</source>
        <translation>Le redémarrer (sa clé d'hôte revérifiée ensuite)</translation>
    </message>
    <message>
        <source>for example: sudo apt-get -y upgrade</source>
        <translation>par exemple : sudo apt-get -y upgrade</translation>
    </message>
    <message>
        <source>It uses s&amp;udo (given the sudo password on its input, never on a command line)</source>
        <translation>Elle utilise s&amp;udo (le mot de passe sudo sur son entrée, jamais sur une ligne de commande)</translation>
    </message>
    <message>
        <source>How many frontends may be out of rotation at once; backends always go one at a time.</source>
        <translation>Combien de frontends peuvent être hors rotation en même temps ; les backends toujours un par un.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the open sessions of a frontend may take to end before it goes into maintenance.</source>
        <translation>Le temps laissé aux sessions ouvertes d'un frontend pour se terminer avant sa mise en maintenance.</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Travail :</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>Frontends &amp;out at once:</source>
        <translation>Frontends &amp;hors rotation à la fois :</translation>
    </message>
    <message>
        <source>&amp;Drain time:</source>
        <translation>Durée de &amp;drainage :</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Choose the nodes to work on.</source>
        <translation>Choisissez les nœuds à traiter.</translation>
    </message>
    <message>
        <source>Type the command to run on each node.</source>
        <translation>Saisissez la commande à exécuter sur chaque nœud.</translation>
    </message>
    <message>
        <source>Resume the unfinished run first, or choose nothing new until it is done.</source>
        <translation>Reprenez d'abord l'exécution inachevée ; rien de nouveau avant qu'elle soit finie.</translation>
    </message>
    <message>
        <source>The plan above has %1 steps: %2 on %3. Nothing has run yet.</source>
        <translation>Le plan ci-dessus a %1 étapes : %2 sur %3. Rien n'a encore été exécuté.</translation>
    </message>
    <message>
        <source>The run %1 (%2 on %3) did not finish: resume it before starting another; finished steps are not run again.</source>
        <translation>L'exécution %1 (%2 sur %3) ne s'est pas terminée : reprenez-la avant d'en démarrer une autre ; les étapes finies ne sont pas refaites.</translation>
    </message>
    <message>
        <source>Resuming the run %1...</source>
        <translation>Reprise de l'exécution %1...</translation>
    </message>
    <message>
        <source>Maintenance running...</source>
        <translation>Maintenance en cours...</translation>
    </message>
    <message>
        <source>waiting its turn</source>
        <translation>attend son tour</translation>
    </message>
    <message>
        <source>checking the others</source>
        <translation>vérifie les autres</translation>
    </message>
    <message>
        <source>out of rotation</source>
        <translation>hors rotation</translation>
    </message>
    <message>
        <source>working</source>
        <translation>en travail</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>en bonne santé</translation>
    </message>
    <message>
        <source>going back into rotation</source>
        <translation>retourne en rotation</translation>
    </message>
    <message>
        <source>STOPPED HERE</source>
        <translation>ARRÊTÉ ICI</translation>
    </message>
    <message>
        <source>done, back in rotation</source>
        <translation>fini, de retour en rotation</translation>
    </message>
    <message>
        <source>Maintenance complete: %1</source>
        <translation>Maintenance terminée : %1</translation>
    </message>
    <message>
        <source>MAINTENANCE STOPPED: %1</source>
        <translation>MAINTENANCE ARRÊTÉE : %1</translation>
    </message>
    <message>
        <source>S&amp;top the run</source>
        <translation>A&amp;rrêter l'exécution</translation>
    </message>
    <message>
        <source>Stopping: the current node stays where it is; resume the run later...</source>
        <translation>Arrêt : le nœud en cours reste où il est ; reprenez l'exécution plus tard...</translation>
    </message>
</context>
<context>
    <name>NodeWorker</name>
    <message>
        <source>connecting to %1%2</source>
        <translation>connexion à %1%2</translation>
    </message>
    <message>
        <source>the host key changed since this install connected (%1 then): %2</source>
        <translation>la clé d'hôte a changé depuis la connexion de cette installation (%1 alors) : %2</translation>
    </message>
    <message>
        <source>connected as %1; host key %2</source>
        <translation>connecté en tant que %1 ; clé d'hôte %2</translation>
    </message>
    <message>
        <source>connection lost (%1): reconnecting, attempt %2 of %3 in %4 s</source>
        <translation>connexion perdue (%1) : reconnexion, tentative %2 sur %3 dans %4 s</translation>
    </message>
    <message>
        <source>cancelled while reconnecting</source>
        <translation>annulé pendant la reconnexion</translation>
    </message>
    <message>
        <source>reconnected after %1 s</source>
        <translation>reconnecté après %1 s</translation>
    </message>
    <message>
        <source>reconnect attempt %1 failed: %2</source>
        <translation>la tentative de reconnexion %1 a échoué : %2</translation>
    </message>
    <message>
        <source>lost the connection at %1 (%2) and %3 reconnect attempts over %4 s failed</source>
        <translation>connexion perdue à %1 (%2) et %3 tentatives de reconnexion sur %4 s ont échoué</translation>
    </message>
    <message>
        <source>  (the last install stopped during this step: asking the node before anything runs)</source>
        <translation>  (la dernière installation s'est arrêtée pendant cette étape : le nœud est interrogé avant toute exécution)</translation>
    </message>
    <message>
        <source>%1. The step may still be running on the node: a new install re-attaches to it</source>
        <translation>%1. L'étape tourne peut-être encore sur le nœud : une nouvelle installation s'y rattache</translation>
    </message>
    <message>
        <source>no SSH access to %1 for this step</source>
        <translation>aucun accès SSH à %1 pour cette étape</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>connected to %1 as %2 for the relay; host key %3</source>
        <translation>connecté à %1 en tant que %2 pour le relais ; clé d'hôte %3</translation>
    </message>
    <message>
        <source>%1 (the relay %2 was tried %3 time(s))</source>
        <translation>%1 (le relais %2 a été essayé %3 fois)</translation>
    </message>
    <message>
        <source>relay %1: %2; again in %3 s</source>
        <translation>relais %1 : %2 ; nouvel essai dans %3 s</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>cancelled before %1</source>
        <translation>annulé avant %1</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>Choose what to do: a new cluster from one of the guide's topologies, a saved project, an existing cluster's config, or day-2 work on a running cluster. Export only prepares a bundle for a site this machine cannot reach.</source>
        <translation>Choisissez quoi faire : un nouveau cluster à partir d'une topologie du guide, un projet enregistré, la configuration d'un cluster existant, ou le travail du jour 2 sur un cluster en service. Exporter seulement prépare un paquet pour un site que cette machine n'atteint pas.</translation>
    </message>
    <message>
        <source>Overview; Prerequisites</source>
        <translation>Overview; Prerequisites</translation>
    </message>
    <message>
        <source>One row per node: its hostname, private IP, profile and site. Errors show in the list below and in red in the table and the map; "What if this site fails" shows whether the quorum survives.</source>
        <translation>Une ligne par nœud : son nom d'hôte, son IP privée, son profil et son site. Les erreurs apparaissent dans la liste dessous et en rouge dans le tableau et la carte ; « Et si ce site tombe » montre si le quorum survit.</translation>
    </message>
    <message>
        <source>Configure the cluster topology (multi_node_config.conf); When to Use a Coordinator Node; Quorum Considerations</source>
        <translation>Configure the cluster topology (multi_node_config.conf); When to Use a Coordinator Node; Quorum Considerations</translation>
    </message>
    <message>
        <source>How this machine logs in to each node over SSH and runs sudo. Passwords stay in memory only. Test connections checks every node and shows each host key for you to compare before it is trusted.</source>
        <translation>Comment cette machine se connecte à chaque nœud par SSH et exécute sudo. Les mots de passe restent en mémoire seulement. Tester les connexions vérifie chaque nœud et montre chaque clé d'hôte à comparer avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Prerequisites (SSH access, sudo)</source>
        <translation>Prerequisites (accès SSH, sudo)</translation>
    </message>
    <message>
        <source>The name users reach the platform by, and what sends them to the frontends: DNS records, a cloud load balancer or HAProxy with Keepalived on your own machines.</source>
        <translation>Le nom par lequel les utilisateurs atteignent la plateforme, et ce qui les envoie aux frontends : des enregistrements DNS, un répartiteur de charge cloud ou HAProxy avec Keepalived sur vos machines.</translation>
    </message>
    <message>
        <source>Ensure you have a DNS entry; Adding an Upstream Load Balancer</source>
        <translation>Ensure you have a DNS entry; Adding an Upstream Load Balancer</translation>
    </message>
    <message>
        <source>The cluster's CA and every node's certificate, made with OpenSSL as generate_certs.sh would, or your own. The CA's key never leaves this machine.</source>
        <translation>La CA du cluster et le certificat de chaque nœud, créés avec OpenSSL comme le ferait generate_certs.sh, ou les vôtres. La clé de la CA ne quitte jamais cette machine.</translation>
    </message>
    <message>
        <source>./generate_certs.sh</source>
        <translation>./generate_certs.sh</translation>
    </message>
    <message>
        <source>Checks every node before anything changes on it: SSH and sudo, CPU, memory and disk against the guide's table, the OS, the firewall, the clock and the network between sites.</source>
        <translation>Vérifie chaque nœud avant que rien n'y change : SSH et sudo, CPU, mémoire et disque selon le tableau du guide, le système, le pare-feu, l'horloge et le réseau entre sites.</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Every file the install writes, and the plan step by step, before anything runs. Save the project or export the bundle from here.</source>
        <translation>Chaque fichier que l'installation écrit, et le plan étape par étape, avant que rien ne s'exécute. Enregistrez le projet ou exportez le paquet d'ici.</translation>
    </message>
    <message>
        <source>./generate_envs/generate_envs.sh -t multi-node; Installation Order</source>
        <translation>./generate_envs/generate_envs.sh -t multi-node; Installation Order</translation>
    </message>
    <message>
        <source>The nodes are installed in the guide's order, each phase's nodes in parallel. A failed node waits for you: retry, skip or abort. A stopped install resumes where it stopped.</source>
        <translation>Les nœuds sont installés dans l'ordre du guide, ceux d'une phase en parallèle. Un nœud en échec vous attend : réessayer, passer ou abandonner. Une installation arrêtée reprend où elle s'est arrêtée.</translation>
    </message>
    <message>
        <source>Installation Order; ./install_analytics.sh</source>
        <translation>Installation Order; ./install_analytics.sh</translation>
    </message>
    <message>
        <source>Every node's services as manage.sh reports them, and the health routes over TLS through the entry point, trusting only the cluster's CA.</source>
        <translation>Les services de chaque nœud tels que manage.sh les rapporte, et les routes de santé en TLS par le point d'entrée, en ne faisant confiance qu'à la CA du cluster.</translation>
    </message>
    <message>
        <source>Testing Your HA Setup; manage.sh status</source>
        <translation>Testing Your HA Setup; manage.sh status</translation>
    </message>
    <message>
        <source>Optional: stop a frontend, a backend or a whole site and see that users are still served; whatever was stopped is started again.</source>
        <translation>Facultatif : arrêter un frontend, un backend ou un site entier et voir que les utilisateurs sont toujours servis ; ce qui a été arrêté est redémarré.</translation>
    </message>
    <message>
        <source>Testing Your HA Setup (frontends, backends)</source>
        <translation>Testing Your HA Setup (frontends, backends)</translation>
    </message>
    <message>
        <source>What was done, what is still open, and where users and sensors go.</source>
        <translation>Ce qui a été fait, ce qui reste ouvert, et où vont les utilisateurs et les capteurs.</translation>
    </message>
    <message>
        <source>Access information for Web UI</source>
        <translation>Access information for Web UI</translation>
    </message>
    <message>
        <source>Day 2: a new frontend or scan node. The page shows every change to the running cluster's files before any is made.</source>
        <translation>Jour 2 : un nouveau frontend ou nœud de scan. La page montre chaque changement des fichiers du cluster en service avant qu'aucun ne soit fait.</translation>
    </message>
    <message>
        <source>Adding a New Frontend to an Existing Cluster; Adding a New Scan Node to an Existing Cluster</source>
        <translation>Adding a New Frontend to an Existing Cluster; Adding a New Scan Node to an Existing Cluster</translation>
    </message>
    <message>
        <source>Reads the config, the CA and the certificates where the guide keeps them on backend-1, and makes a project of them. Nothing on the node changes.</source>
        <translation>Lit la configuration, la CA et les certificats là où le guide les garde sur backend-1, et en fait un projet. Rien ne change sur le nœud.</translation>
    </message>
    <message>
        <source>Configure the cluster topology; ./generate_certs.sh</source>
        <translation>Configure the cluster topology; ./generate_certs.sh</translation>
    </message>
    <message>
        <source>Day 2: one node at a time out of the load balancer's rotation, worked on, checked healthy and put back; backends one at a time with the quorum checked. A stopped run resumes.</source>
        <translation>Jour 2 : un nœud à la fois hors de la rotation du répartiteur, traité, vérifié en bonne santé et remis ; les backends un par un, le quorum vérifié. Une exécution arrêtée reprend.</translation>
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
        <translation>Parcourir...</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Every node checked in parallel against the guide's requirements. Nothing is changed on the nodes.</source>
        <translation>Chaque nœud est vérifié en parallèle selon les exigences du guide. Rien n'est modifié sur les nœuds.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Correction</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n node(s)...</source>
        <translation>
            <numerusform>Vérification de %n nœud...</numerusform>
            <numerusform>Vérification de %n nœuds...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the install: fix them (see How to fix), then Run again.</source>
        <translation>
            <numerusform>%n erreur bloque l'installation : corrigez-la (voir Correction), puis Relancer.</numerusform>
            <numerusform>%n erreurs bloquent l'installation : corrigez-les (voir Correction), puis Relancer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read before installing.</source>
        <translation>
            <numerusform>Aucune erreur ; %n avertissement à lire avant d'installer.</numerusform>
            <numerusform>Aucune erreur ; %n avertissements à lire avant d'installer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show passed checks</source>
        <translation>Afficher les vérifications réussies</translation>
    </message>
    <message numerus="yes">
        <source>Show passed checks (%n)</source>
        <translation>
            <numerusform>Afficher la vérification réussie (%n)</numerusform>
            <numerusform>Afficher les vérifications réussies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m nodes checked</source>
        <translation>%v nœuds sur %m vérifiés</translation>
    </message>
    <message>
        <source>Node / check</source>
        <translation>Nœud / contrôle</translation>
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
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d'exploitation</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>vérification...</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Tous les contrôles ont réussi.</translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message>
        <source>sudo works without a password</source>
        <translation>sudo fonctionne sans mot de passe</translation>
    </message>
    <message>
        <source>sudo asks for a password and none was given</source>
        <translation>sudo demande un mot de passe et aucun n'a été fourni</translation>
    </message>
    <message>
        <source>give the sudo password (on the Access page; --sudo-password-file F with the CLI), or allow NOPASSWD for this user</source>
        <translation>indiquez le mot de passe sudo (page Accès ; --sudo-password-file F en CLI), ou autorisez NOPASSWD pour cet utilisateur</translation>
    </message>
    <message>
        <source>sudo works with the given password</source>
        <translation>sudo fonctionne avec le mot de passe fourni</translation>
    </message>
    <message>
        <source>sudo refused the given password</source>
        <translation>sudo a refusé le mot de passe fourni</translation>
    </message>
    <message>
        <source>check the sudo password and that the user is in sudoers</source>
        <translation>vérifiez le mot de passe sudo et que l'utilisateur figure dans sudoers</translation>
    </message>
    <message>
        <source>this user cannot use sudo</source>
        <translation>cet utilisateur ne peut pas utiliser sudo</translation>
    </message>
    <message>
        <source>add the user to sudoers: the guide runs ./scripts/tune.sh with sudo</source>
        <translation>ajoutez l'utilisateur à sudoers : le guide exécute ./scripts/tune.sh avec sudo</translation>
    </message>
    <message>
        <source>could not read the CPU count (nproc)</source>
        <translation>impossible de lire le nombre de processeurs (nproc)</translation>
    </message>
    <message>
        <source>could not read the memory size (free -k)</source>
        <translation>impossible de lire la taille de la mémoire (free -k)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>could not read the free disk space (df -Pk)</source>
        <translation>impossible de lire l'espace disque libre (df -Pk)</translation>
    </message>
    <message>
        <source>firewalld is active and admits %1/tcp</source>
        <translation>firewalld est actif et admet %1/tcp</translation>
    </message>
    <message>
        <source>firewalld is active and does not list %1/tcp</source>
        <translation>firewalld est actif et ne liste pas %1/tcp</translation>
    </message>
    <message>
        <source>sudo firewall-cmd --permanent --add-port=%1/tcp &amp;&amp; sudo firewall-cmd --reload (the guide's step 8), or admit only the load balancer with a rich rule</source>
        <translation>sudo firewall-cmd --permanent --add-port=%1/tcp &amp;&amp; sudo firewall-cmd --reload (étape 8 du guide), ou n'admettez que l'équilibreur de charge avec une rich rule</translation>
    </message>
    <message>
        <source>firewalld is active: the cluster's internal ports must be open between the nodes</source>
        <translation>firewalld est actif : les ports internes du cluster doivent être ouverts entre les nœuds</translation>
    </message>
    <message>
        <source>firewalld is not running</source>
        <translation>firewalld n'est pas lancé</translation>
    </message>
    <message>
        <source>%1 holds install_analytics.sh</source>
        <translation>%1 contient install_analytics.sh</translation>
    </message>
    <message>
        <source>%1 has no installer yet: the install uploads and unpacks %2 there</source>
        <translation>%1 n'a pas encore d'installateur : l'installation y téléverse et décompresse %2</translation>
    </message>
    <message>
        <source>%1/install_analytics.sh is missing</source>
        <translation>%1/install_analytics.sh est absent</translation>
    </message>
    <message>
        <source>unpack the AgileSec installer package into %1 on the node, or set the node's installerDir in the project</source>
        <translation>décompressez le paquet d'installation AgileSec dans %1 sur le nœud, ou définissez l'installerDir du nœud dans le projet</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se résout en %2</translation>
    </message>
    <message>
        <source>%1 does not resolve on the node</source>
        <translation>%1 ne se résout pas sur le nœud</translation>
    </message>
    <message>
        <source>add it to DNS (one record per frontend, or the load balancer), or let the install add an /etc/hosts line: tick "Add ... to every node's /etc/hosts" on External access</source>
        <translation>ajoutez-le au DNS (un enregistrement par frontend, ou l'équilibreur de charge), ou laissez l'installation ajouter une ligne à /etc/hosts : cochez « Ajouter ... au /etc/hosts de chaque nœud » sur la page Accès externe</translation>
    </message>
    <message>
        <source> (ping)</source>
        <translation> (ping)</translation>
    </message>
    <message>
        <source> (TCP connect to port %1)</source>
        <translation> (connexion TCP au port %1)</translation>
    </message>
    <message>
        <source>could not measure the round trip to %1 (%2)</source>
        <translation>impossible de mesurer l'aller-retour vers %1 (%2)</translation>
    </message>
    <message>
        <source>check that the sites can reach each other; install ping on the node to measure</source>
        <translation>vérifiez que les sites se joignent ; installez ping sur le nœud pour mesurer</translation>
    </message>
    <message>
        <source>check that the node is up, the address and port are right, and the SSH user and key/password work (Test connections on the Access page; check-access with the CLI)</source>
        <translation>vérifiez que le nœud fonctionne, que l'adresse et le port sont justes, et que l'utilisateur SSH et la clé ou le mot de passe marchent (« Tester les connexions » sur la page Accès ; check-access en CLI)</translation>
    </message>
    <message>
        <source>compare the fingerprint with the node's (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console), then accept it (Test connections on the Access page asks; check-access --accept-host-key HOST:PORT=SHA256:... with the CLI)</source>
        <translation>comparez l'empreinte avec celle du nœud (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur sa console), puis acceptez-la (« Tester les connexions » sur la page Accès le demande ; check-access --accept-host-key HOST:PORT=SHA256:... en CLI)</translation>
    </message>
    <message>
        <source>%1, host key %2</source>
        <translation>%1, clé d'hôte %2</translation>
    </message>
    <message>
        <source>clock %1 ms from this machine's (%2 ms)</source>
        <translation>horloge à %1 ms de celle de cette machine (%2 ms)</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>cœurs</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>GiB free</source>
        <translation>Gio libres</translation>
    </message>
    <message>
        <source>%1 %2, below the minimum of %3</source>
        <translation>%1 %2, sous le minimum de %3</translation>
    </message>
    <message>
        <source>give the node at least %1 %2 (%3 for production)</source>
        <translation>donnez au nœud au moins %1 %2 (%3 en production)</translation>
    </message>
    <message>
        <source>%1 %2: enough to install, below the %3 recommended for production</source>
        <translation>%1 %2 : assez pour installer, sous les %3 recommandés en production</translation>
    </message>
    <message>
        <source>use %1 %2 for production</source>
        <translation>utilisez %1 %2 en production</translation>
    </message>
    <message>
        <source>%1 %2 (production: %3)</source>
        <translation>%1 %2 (production : %3)</translation>
    </message>
    <message>
        <source>round trip to %1: %2 ms</source>
        <translation>aller-retour vers %1 : %2 ms</translation>
    </message>
    <message>
        <source>, ideal (&lt; 5 ms)</source>
        <translation>, idéal (&lt; 5 ms)</translation>
    </message>
    <message>
        <source>, recommended range (5-20 ms)</source>
        <translation>, plage recommandée (5-20 ms)</translation>
    </message>
    <message>
        <source>, degraded (20-50 ms)</source>
        <translation>, dégradé (20-50 ms)</translation>
    </message>
    <message>
        <source>writes and Kafka rebalancing slow down; prefer sites with under 20 ms between them</source>
        <translation>les écritures et le rééquilibrage Kafka ralentissent ; préférez des sites à moins de 20 ms l'un de l'autre</translation>
    </message>
    <message>
        <source>, not recommended (&gt; 50 ms)</source>
        <translation>, déconseillé (&gt; 50 ms)</translation>
    </message>
    <message>
        <source>quorum coordination becomes fragile: place the sites closer (under 20 ms) or do not stretch the cluster</source>
        <translation>la coordination du quorum devient fragile : rapprochez les sites (moins de 20 ms) ou n'étendez pas le cluster</translation>
    </message>
    <message>
        <source>largest clock difference %1 s</source>
        <translation>plus grand écart d'horloge %1 s</translation>
    </message>
    <message>
        <source> (%1 behind %2)</source>
        <translation> (%1 en retard sur %2)</translation>
    </message>
    <message>
        <source>enable time synchronisation (chronyd) on every node</source>
        <translation>activez la synchronisation de l'heure (chronyd) sur chaque nœud</translation>
    </message>
</context>
<context>
    <name>PrimaryConfigJob</name>
    <message>
        <source>The cluster has no primary backend to compare with.</source>
        <translation>Le cluster n'a pas de backend primaire avec lequel comparer.</translation>
    </message>
    <message>
        <source>%1 is not on %2 yet: the install puts it there.</source>
        <translation>%1 n'est pas encore sur %2 : l'installation l'y place.</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>ce projet</translation>
    </message>
    <message>
        <source>The same as %1 on %2.</source>
        <translation>Identique à %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification des fichiers</translation>
    </message>
    <message>
        <source>Exactly what the guide's scripts would produce, and the order the nodes will be installed in. Nothing has been changed on any node yet.</source>
        <translation>Exactement ce que produiraient les scripts du guide, et l'ordre d'installation des nœuds. Rien n'a encore été modifié sur les nœuds.</translation>
    </message>
    <message>
        <source>Phase / node / step</source>
        <translation>Phase / nœud / étape</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>&amp;Export bundle...</source>
        <translation>E&amp;xporter le paquet...</translation>
    </message>
    <message>
        <source>Export air-gapped bundle</source>
        <translation>Exporter le paquet pour site isolé</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Export the bundle to carry to the air-gapped site; it holds a runbook and an Ansible playbook.</source>
        <translation>Exportez le paquet à porter sur le site isolé ; il contient un runbook et un playbook Ansible.</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Export de %1...</translation>
    </message>
    <message>
        <source>Could not read it: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <source>Changes against backend-1's multi_node_config.conf</source>
        <translation>Changements par rapport au multi_node_config.conf de backend-1</translation>
    </message>
    <message numerus="yes">
        <source>Install saves the project and starts phase 0 of %n phase(s).</source>
        <translation>
            <numerusform>Installer enregistre le projet et commence la phase 0 sur %n phase.</numerusform>
            <numerusform>Installer enregistre le projet et commence la phase 0 sur %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading it from backend-1...</source>
        <translation>Lecture depuis backend-1...</translation>
    </message>
    <message>
        <source>This installer</source>
        <translation>Cet installateur</translation>
    </message>
    <message>
        <source>Ansible (the exported playbook)</source>
        <translation>Ansible (le playbook exporté)</translation>
    </message>
    <message>
        <source>Install &amp;with:</source>
        <translation>Installer a&amp;vec :</translation>
    </message>
    <message>
        <source>ansible-playbook runs the playbook written to %1: the same phases and steps; a failure stops the run (no retry or skip).</source>
        <translation>ansible-playbook exécute le playbook écrit dans %1 : les mêmes phases et étapes ; un échec arrête l'exécution (ni nouvel essai ni saut).</translation>
    </message>
    <message>
        <source>Retry or skip a failed node; the steps go on on the nodes if this machine sleeps.</source>
        <translation>Réessayer ou sauter un nœud en échec ; les étapes continuent sur les nœuds si cette machine se met en veille.</translation>
    </message>
    <message>
        <source>Retry or skip a failed node. Ansible is not available: %1</source>
        <translation>Réessayer ou sauter un nœud en échec. Ansible n'est pas disponible : %1</translation>
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
        <translation>Nœud LB</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Ask the &amp;load balancer</source>
        <translation>Interroger le &amp;répartiteur</translation>
    </message>
    <message>
        <source>The load balancer's own view:</source>
        <translation>La vue du répartiteur de charge lui-même :</translation>
    </message>
    <message>
        <source>Asked at %1.</source>
        <translation>Interrogé à %1.</translation>
    </message>
</context>
<context>
    <name>SshJumpTunnel</name>
    <message>
        <source>jump host %1 refuses to forward connections (AllowTcpForwarding, DisableForwarding or PermitOpen in its sshd_config, or a restrict option on the key): %2</source>
        <translation>l'hôte de rebond %1 refuse de relayer les connexions (AllowTcpForwarding, DisableForwarding ou PermitOpen dans son sshd_config, ou une option restrict sur la clé) : %2</translation>
    </message>
    <message>
        <source>jump host %1 cannot connect to %2 (%3): check from the jump host that %2 is up and reachable, for example with ssh -J %1 -p %4 %5</source>
        <translation>l'hôte de rebond %1 ne peut pas joindre %2 (%3) : vérifiez depuis l'hôte de rebond que %2 fonctionne et est joignable, par exemple avec ssh -J %1 -p %4 %5</translation>
    </message>
    <message>
        <source>jump host %1 could not open a connection to %2: %3</source>
        <translation>l'hôte de rebond %1 n'a pas pu ouvrir de connexion vers %2 : %3</translation>
    </message>
    <message>
        <source>jump host %1</source>
        <translation>hôte de rebond %1</translation>
    </message>
    <message>
        <source>more than 8 jump hosts lead to %1: is there a ProxyJump loop in ssh_config (a Host * block that also matches the jump host)?</source>
        <translation>plus de 8 hôtes de rebond mènent à %1 : y a-t-il une boucle ProxyJump dans ssh_config (un bloc Host * qui correspond aussi à l'hôte de rebond) ?</translation>
    </message>
    <message>
        <source>%1: cannot make a local socket pair for the tunnel</source>
        <translation>%1 : impossible de créer une paire de sockets locale pour le tunnel</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>cannot connect to %1: ProxyJump %2</source>
        <translation>connexion impossible à %1 : ProxyJump %2</translation>
    </message>
    <message>
        <source>cannot connect to %1 through %2: %3</source>
        <translation>connexion impossible à %1 via %2 : %3</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>impossible de créer une session SSH</translation>
    </message>
    <message>
        <source>%1: cannot parse the SSH configuration: %2</source>
        <translation>%1 : impossible de lire la configuration SSH : %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 n'a envoyé aucune clé d'hôte</translation>
    </message>
    <message>
        <source>cannot read the host key of %1</source>
        <translation>impossible de lire la clé d'hôte de %1</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. Known fingerprint: %2; presented now: %3.
This can mean someone is intercepting the connection (a man-in-the-middle attack). Nothing was sent.
If the node was re-imaged or its SSH keys were regenerated, confirm the new fingerprint on the node itself (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and re-pin it explicitly with --accept-host-key %4=%3.</source>
        <translation>ATTENTION : la clé d'hôte de %1 a CHANGÉ. Empreinte connue : %2 ; présentée maintenant : %3.
Quelqu'un intercepte peut-être la connexion (une attaque de l'homme du milieu). Rien n'a été envoyé.
Si le nœud a été réinstallé ou ses clés SSH régénérées, confirmez la nouvelle empreinte sur le nœud lui-même (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) et épinglez-la de nouveau explicitement (--accept-host-key %4=%3).</translation>
    </message>
    <message>
        <source>(another key, in %1)</source>
        <translation>(une autre clé, dans %1)</translation>
    </message>
    <message>
        <source>the host key of %1 is not known yet: %2
Compare it with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on that host), then accept it with --accept-host-key %1=%2 (or --accept-new-host-keys to accept every unknown key).%3</source>
        <translation>la clé d'hôte de %1 n'est pas encore connue : %2
Comparez-la avec celle de l'hôte lui-même (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur cet hôte), puis acceptez-la (--accept-host-key %1=%2, ou --accept-new-host-keys pour toute clé inconnue).%3</translation>
    </message>
    <message>
        <source>
Note: </source>
        <translation>
Remarque : </translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>impossible de vérifier la clé d'hôte de %1 : %2</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) is REVOKED: %3 line %4 marks it @revoked. Nothing was sent. This key must not be trusted, whatever pin or answer says otherwise; ask the node's owner for its current key.</source>
        <translation>la clé d'hôte de %1 (%2) est RÉVOQUÉE : %3 ligne %4 la marque @revoked. Rien n'a été envoyé. Il ne faut pas faire confiance à cette clé, quoi que dise un épinglage ou une réponse ; demandez sa clé actuelle au responsable du nœud.</translation>
    </message>
    <message>
        <source>the host certificate of %1 (key %2) is refused: %3. Nothing was sent. Ask the node's owner for a certificate valid for %4 (ssh-keygen -L -f &lt;the node's certificate&gt; shows its principals and validity).</source>
        <translation>le certificat d'hôte de %1 (clé %2) est refusé : %3. Rien n'a été envoyé. Demandez au responsable du nœud un certificat valide pour %4 (ssh-keygen -L -f &lt;certificat du nœud&gt; montre ses principaux et sa validité).</translation>
    </message>
    <message>
        <source>key %1 (the file does not exist)</source>
        <translation>clé %1 (le fichier n'existe pas)</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>clé %1 (%2)</translation>
    </message>
    <message>
        <source>key %1 (wrong or no passphrase)</source>
        <translation>clé %1 (phrase secrète fausse ou absente)</translation>
    </message>
    <message>
        <source>key %1 (not a private key libssh can read)</source>
        <translation>clé %1 (pas une clé privée lisible par libssh)</translation>
    </message>
    <message>
        <source>key %1 (not accepted by the server: is its public key in authorized_keys?)</source>
        <translation>clé %1 (refusée par le serveur : sa clé publique est-elle dans authorized_keys ?)</translation>
    </message>
    <message>
        <source>IdentitiesOnly yes, but no IdentityFile for this host</source>
        <translation>IdentitiesOnly yes, mais aucun IdentityFile pour cet hôte</translation>
    </message>
    <message>
        <source>(IdentitiesOnly yes: the agent's other keys were not offered)</source>
        <translation>(IdentitiesOnly yes : les autres clés de l'agent n'ont pas été proposées)</translation>
    </message>
    <message>
        <source>ssh-agent (IdentityAgent none in ssh_config)</source>
        <translation>ssh-agent (IdentityAgent none dans ssh_config)</translation>
    </message>
    <message>
        <source>ssh-agent (SSH_AUTH_SOCK is not set: no agent is running)</source>
        <translation>ssh-agent (SSH_AUTH_SOCK n'est pas défini : aucun agent ne tourne)</translation>
    </message>
    <message>
        <source>ssh-agent (none of its keys was accepted)</source>
        <translation>ssh-agent (aucune de ses clés n'a été acceptée)</translation>
    </message>
    <message>
        <source>default keys and ssh_config IdentityFile (none accepted or readable without a passphrase)</source>
        <translation>clés par défaut et IdentityFile de ssh_config (aucune acceptée ou lisible sans phrase secrète)</translation>
    </message>
    <message>
        <source>key (no key file given, no IdentityFile in ssh_config and none of ~/.ssh/id_* exists)</source>
        <translation>clé (aucun fichier de clé indiqué, aucun IdentityFile dans ssh_config et aucun ~/.ssh/id_* n'existe)</translation>
    </message>
    <message>
        <source>%1 (no password was given)</source>
        <translation>%1 (aucun mot de passe fourni)</translation>
    </message>
    <message>
        <source>password (the server does not allow it)</source>
        <translation>mot de passe (le serveur ne l'autorise pas)</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>password (rejected)</source>
        <translation>mot de passe (refusé)</translation>
    </message>
    <message>
        <source>keyboard-interactive (the server does not allow it)</source>
        <translation>keyboard-interactive (le serveur ne l'autorise pas)</translation>
    </message>
    <message>
        <source>keyboard-interactive (rejected)</source>
        <translation>keyboard-interactive (refusé)</translation>
    </message>
    <message>
        <source>'%1' (not an authentication method: expected agent, key, password or keyboard-interactive)</source>
        <translation>« %1 » (pas une méthode d'authentification : attendu agent, key, password ou keyboard-interactive)</translation>
    </message>
    <message>
        <source>authentication as %1 failed. Tried: %2. The server accepts: %3.</source>
        <translation>l'authentification en tant que %1 a échoué. Essayé : %2. Le serveur accepte : %3.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>cannot start the command on %1: %2</source>
        <translation>impossible de lancer la commande sur %1 : %2</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>connexion à %1 perdue : %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing received for %2 s</source>
        <translation>%1 ne répond plus : rien reçu depuis %2 s</translation>
    </message>
</context>
<context>
    <name>StepRunner</name>
    <message>
        <source>upload of %1 to %2 failed: %3</source>
        <translation>le téléversement de %1 vers %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 is already on the node (same SHA-256)</source>
        <translation>%1 est déjà sur le nœud (même SHA-256)</translation>
    </message>
    <message>
        <source>uploaded %1 KiB in %2 s%3, SHA-256 verified on the node</source>
        <translation>%1 Kio téléversés en %2 s%3, SHA-256 vérifié sur le nœud</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (repris)</translation>
    </message>
    <message>
        <source>timed out after %1 waiting for: %2</source>
        <translation>délai dépassé après %1 en attendant : %2</translation>
    </message>
    <message>
        <source>cancelled during: %1</source>
        <translation>annulé pendant : %1</translation>
    </message>
    <message>
        <source>check failed (exit %1): expected %2</source>
        <translation>contrôle en échec (sortie %1) : attendu %2</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>services not as expected: %1</source>
        <translation>services pas comme attendu : %1</translation>
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
        <translation>Les sites en colonnes ; une étoile marque un votant du quorum (élections Kafka KRaft, MongoDB et OpenSearch).</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
    <message>
        <source>quorum voter</source>
        <translation>votant du quorum</translation>
    </message>
    <message>
        <source>If site %1 fails: quorum SURVIVES (%2 of %3 voters left, %4 needed); %5 frontend(s) keep serving users.</source>
        <translation>Si le site %1 tombe : le quorum TIENT (%2 votants sur %3 restants, %4 nécessaires) ; %5 frontend(s) continuent de servir les utilisateurs.</translation>
    </message>
    <message>
        <source>If site %1 fails: quorum is LOST (%2 of %3 voters left, %4 needed); the cluster stops accepting writes.</source>
        <translation>Si le site %1 tombe : le quorum est PERDU (%2 votants sur %3 restants, %4 nécessaires) ; le cluster n'accepte plus d'écritures.</translation>
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
        <translation>Coordinateur / scan</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <source>frontend</source>
        <translation>frontend</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>error or unhealthy</source>
        <translation>erreur ou en mauvaise santé</translation>
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
        <translation>Les nœuds du cluster, leurs rôles et leurs sites. Les nœuds de scan s'installent avec le fichier env du backend principal.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d'hôte</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privée</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Site / AZ</source>
        <translation>Site / AZ</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>Hôte SSH</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>&amp;Ajouter un nœud</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Paste IPs...</source>
        <translation>&amp;Coller des IP...</translation>
    </message>
    <message>
        <source>One node per line: IP, optionally followed by hostname, profile and site.</source>
        <translation>Un nœud par ligne : IP, suivie au besoin du nom d'hôte, du profil et du site.</translation>
    </message>
    <message>
        <source>Paste IPs</source>
        <translation>Coller des IP</translation>
    </message>
    <message>
        <source>One node per line: IP [HOSTNAME [PROFILE [SITE]]]</source>
        <translation>Un nœud par ligne : IP [NOM [PROFIL [SITE]]]</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>3 nodes</source>
        <translation>3 nœuds</translation>
    </message>
    <message>
        <source>4 nodes</source>
        <translation>4 nœuds</translation>
    </message>
    <message>
        <source>7 nodes, stretch</source>
        <translation>7 nœuds, étendu</translation>
    </message>
    <message>
        <source>Select a finding to select its node.</source>
        <translation>Sélectionnez un constat pour sélectionner son nœud.</translation>
    </message>
    <message>
        <source>Show what losing one whole site does to quorum, data and users.</source>
        <translation>Montre ce que la perte d'un site entier fait au quorum, aux données et aux utilisateurs.</translation>
    </message>
    <message>
        <source>What if this site fails:</source>
        <translation>Et si ce site tombe :</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before you can go on.</source>
        <translation>
            <numerusform>%n erreur à corriger avant de continuer.</numerusform>
            <numerusform>%n erreurs à corriger avant de continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 node(s), %2 site(s). %n warning(s).</source>
        <translation>
            <numerusform>Valide : %1 nœud(s), %2 site(s). %n avertissement.</numerusform>
            <numerusform>Valide : %1 nœud(s), %2 site(s). %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no failure)</source>
        <translation>(aucune panne)</translation>
    </message>
    <message>
        <source>SSH via (ProxyJump)</source>
        <translation>SSH via (ProxyJump)</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. SSH host, port, user and jump hosts are optional per-node overrides of the Access page's defaults.</source>
        <translation>Double-cliquez sur une cellule pour la modifier. L'hôte, le port, l'utilisateur SSH et les hôtes de rebond remplacent, si besoin, par nœud les valeurs de la page Accès.</translation>
    </message>
    <message>
        <source>Jump hosts as ssh -J takes them: [user@]host[:port], nearest first, separated by commas; "none" for a direct connection. Empty: the Access page's.</source>
        <translation>Hôtes de rebond comme ssh -J les prend : [utilisateur@]hôte[:port], le plus proche en premier, séparés par des virgules ; "none" pour une connexion directe. Vide : ceux de la page Accès.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Every node's services against its profile, and health as users see it: real TLS, trusting only the cluster's CA.</source>
        <translation>Les services de chaque nœud selon son profil, et la santé vue par les utilisateurs : du vrai TLS, ne faisant confiance qu'à l'AC du cluster.</translation>
    </message>
    <message>
        <source>Node / service</source>
        <translation>Nœud / service</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh every %1 s</source>
        <translation>Actualiser toutes les %1 s</translation>
    </message>
    <message>
        <source>Asking every node for its services, and checking health...</source>
        <translation>Interrogation des services de chaque nœud et contrôle de santé...</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>(not expected)</source>
        <translation>(non attendu)</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) run every service; %n health check(s) failed. Checked at %3.</source>
        <translation>
            <numerusform>%1 nœud(s) sur %2 font tourner tous leurs services ; %n contrôle de santé en échec. Vérifié à %3.</numerusform>
            <numerusform>%1 nœud(s) sur %2 font tourner tous leurs services ; %n contrôles de santé en échec. Vérifié à %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where users come in, for the health checks through the load balancer or DNS.</source>
        <translation>Par où entrent les utilisateurs, pour les contrôles via le répartiteur ou le DNS.</translation>
    </message>
    <message>
        <source>HOST[:PORT]; empty: the VIP or the FQDN</source>
        <translation>HÔTE[:PORT] ; vide : la VIP ou le FQDN</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Point d'entrée :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Install a highly available AgileSec Platform cluster over SSH, grow it later, or prepare everything for an air-gapped site.</source>
        <translation>Installez un cluster AgileSec Platform hautement disponible par SSH, agrandissez-le plus tard, ou préparez tout pour un site isolé.</translation>
    </message>
    <message>
        <source>&amp;New cluster from a template</source>
        <translation>&amp;Nouveau cluster à partir d'un modèle</translation>
    </message>
    <message>
        <source>Start from the guide's 3-node, 4-node or 7-node stretch topology and edit it.</source>
        <translation>Partir de la topologie du guide à 3, 4 ou 7 nœuds (étendue) et la modifier.</translation>
    </message>
    <message>
        <source>4 nodes: 2 backends, 2 frontends</source>
        <translation>4 nœuds : 2 backends, 2 frontends</translation>
    </message>
    <message>
        <source>3 nodes: 2 backends, 1 frontend</source>
        <translation>3 nœuds : 2 backends, 1 frontend</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>The project file, the config and everything generated are kept in this folder.</source>
        <translation>Le fichier projet, la configuration et tout ce qui est généré sont conservés dans ce dossier.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation>Dossier du projet :</translation>
    </message>
    <message>
        <source>&amp;Open a project</source>
        <translation>&amp;Ouvrir un projet</translation>
    </message>
    <message>
        <source>Continue with a project saved earlier.</source>
        <translation>Reprendre un projet enregistré auparavant.</translation>
    </message>
    <message>
        <source>project.json</source>
        <translation>project.json</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Projects (*.json);;All files (*)</source>
        <translation>Projets (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Fichier projet :</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Récents :</translation>
    </message>
    <message>
        <source>&amp;Import an existing cluster's multi_node_config.conf</source>
        <translation>&amp;Importer le multi_node_config.conf d'un cluster existant</translation>
    </message>
    <message>
        <source>Read the config the guide's scripts use (generate_envs/multi_node_config.conf) from a file.</source>
        <translation>Lire depuis un fichier la configuration utilisée par les scripts du guide (generate_envs/multi_node_config.conf).</translation>
    </message>
    <message>
        <source>multi_node_config.conf</source>
        <translation>multi_node_config.conf</translation>
    </message>
    <message>
        <source>Import multi_node_config.conf</source>
        <translation>Importer multi_node_config.conf</translation>
    </message>
    <message>
        <source>Config (*.conf);;All files (*)</source>
        <translation>Configuration (*.conf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Config file:</source>
        <translation>Fichier de configuration :</translation>
    </message>
    <message>
        <source>Try the local &amp;lab (a simulation on this machine)</source>
        <translation>Essayer le &amp;labo local (une simulation sur cette machine)</translation>
    </message>
    <message>
        <source>Real SSH servers on 127.0.0.x with a simulated AgileSec installer: the whole install without real nodes.</source>
        <translation>De vrais serveurs SSH sur 127.0.0.x avec un installateur AgileSec simulé : toute l'installation sans vrais nœuds.</translation>
    </message>
    <message>
        <source>4 nodes</source>
        <translation>4 nœuds</translation>
    </message>
    <message>
        <source>3 nodes</source>
        <translation>3 nœuds</translation>
    </message>
    <message>
        <source>7 nodes, stretch</source>
        <translation>7 nœuds, étendu</translation>
    </message>
    <message>
        <source>Start lab</source>
        <translation>Démarrer le labo</translation>
    </message>
    <message>
        <source>Lab:</source>
        <translation>Labo :</translation>
    </message>
    <message>
        <source>&amp;Export only: prepare a bundle here for an air-gapped site (no SSH from this machine)</source>
        <translation>&amp;Export seulement : préparer ici un paquet pour un site isolé (pas de SSH depuis cette machine)</translation>
    </message>
    <message>
        <source>Starting the lab: one sshd per node, keys, a simulated installer...</source>
        <translation>Démarrage du labo : un sshd par nœud, des clés, un installateur simulé...</translation>
    </message>
    <message>
        <source>Project folder: %1 already holds a project. Open it instead, or choose an empty folder.</source>
        <translation>Dossier du projet : %1 contient déjà un projet. Ouvrez-le plutôt, ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Fichier projet : %1</translation>
    </message>
    <message>
        <source>Config file: %1 does not exist or is not a file.</source>
        <translation>Fichier de configuration : %1 n'existe pas ou n'est pas un fichier.</translation>
    </message>
    <message>
        <source>&amp;Add a frontend or scan node to the running cluster of that project</source>
        <translation>&amp;Ajouter un frontend ou un nœud de scan au cluster en service de ce projet</translation>
    </message>
    <message>
        <source>Day 2: the new node is installed and the existing frontends patched, as the guide's sections on adding nodes do.</source>
        <translation>Jour 2 : le nouveau nœud est installé et les frontends existants sont corrigés, comme dans les sections du guide sur l'ajout de nœuds.</translation>
    </message>
    <message>
        <source>Project file: the cluster in %1 has errors; open it to fix them before adding a node.</source>
        <translation>Fichier de projet : le cluster de %1 comporte des erreurs ; ouvrez-le pour les corriger avant d'ajouter un nœud.</translation>
    </message>
    <message>
        <source>Import a running cluster from &amp;backend-1 over SSH (into the project folder above)</source>
        <translation>Importer un cluster en service depuis &amp;backend-1 par SSH (dans le dossier de projet ci-dessus)</translation>
    </message>
    <message>
        <source>Reads the config, the CA and the certificate bundle where the guide keeps them on backend-1; changes nothing there.</source>
        <translation>Lit la configuration, la CA et le paquet de certificats là où le guide les garde sur backend-1 ; n'y change rien.</translation>
    </message>
    <message>
        <source>Rolling &amp;maintenance of that project's running cluster</source>
        <translation>&amp;Maintenance progressive du cluster en service de ce projet</translation>
    </message>
    <message>
        <source>Day 2: restart, patch or reboot nodes one at a time, each out of the load balancer's rotation while it is worked on.</source>
        <translation>Jour 2 : redémarrer, corriger ou réamorcer les nœuds un par un, chacun hors de la rotation du répartiteur pendant qu'il est traité.</translation>
    </message>
    <message>
        <source>Project file: the cluster in %1 has errors; open it to fix them before maintenance.</source>
        <translation>Fichier de projet : le cluster de %1 a des erreurs ; ouvrez-le pour les corriger avant la maintenance.</translation>
    </message>
    <message>
        <source>7 nodes: stretch over 3 sites; coordinator-1 takes frontend-1's quorum role</source>
        <translation>7 nœuds : répartis sur 3 sites ; coordinator-1 reprend le rôle de quorum de frontend-1</translation>
    </message>
    <message>
        <source>Stop lab</source>
        <translation>Arrêter le labo</translation>
    </message>
    <message>
        <source>Stops exactly the processes the lab started: its sshd, web servers and load balancer</source>
        <translation>Arrête exactement les processus lancés par le labo : ses sshd, serveurs web et l'équilibreur de charge</translation>
    </message>
    <message>
        <source>Starting the lab:</source>
        <translation>Démarrage du labo :</translation>
    </message>
    <message>
        <source>Stopping the lab in %1...</source>
        <translation>Arrêt du labo dans %1...</translation>
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
        <translation>Installation en cours</translation>
    </message>
    <message>
        <source>An install is running. Quit anyway? The running steps are stopped; running the install again resumes where it stopped.</source>
        <translation>Une installation est en cours. Quitter quand même ? Les étapes en cours sont arrêtées ; relancer l'installation reprend là où elle s'est arrêtée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Projects (*.json);;All files (*)</source>
        <translation>Projets (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>&amp;Export air-gapped bundle...</source>
        <translation>&amp;Exporter le paquet pour site isolé...</translation>
    </message>
    <message>
        <source>Export air-gapped bundle</source>
        <translation>Exporter le paquet pour site isolé</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Import bundle...</source>
        <translation>&amp;Importer un paquet...</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Save the imported project as</source>
        <translation>Enregistrer le projet importé sous</translation>
    </message>
    <message>
        <source>Projects (*.json)</source>
        <translation>Projets (*.json)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About AgileSec HA Installer</source>
        <translation>À propos d'AgileSec HA Installer</translation>
    </message>
    <message>
        <source>AgileSec HA Installer %1
Installs, grows and verifies highly available AgileSec Platform clusters over SSH.</source>
        <translation>AgileSec HA Installer %1
Installe, agrandit et vérifie des clusters AgileSec Platform hautement disponibles par SSH.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
        <source>The language changes after the install (an install is running).</source>
        <translation>La langue changera après l'installation (une installation est en cours).</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import refusé : %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 importé dans %2</translation>
    </message>
    <message>
        <source>The lab is running</source>
        <translation>Le laboratoire tourne</translation>
    </message>
    <message>
        <source>&amp;Stop the lab</source>
        <translation>&amp;Arrêter le laboratoire</translation>
    </message>
    <message>
        <source>&amp;Leave it running</source>
        <translation>&amp;Le laisser tourner</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has changes that are not saved in %1. Save them?</source>
        <translation>Le projet a des modifications non enregistrées dans %1. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Quit without them?</source>
        <translation>Le projet a des modifications non enregistrées. Quitter sans elles ?</translation>
    </message>
    <message>
        <source>The lab in %1 is still running (its sshd, web servers and load balancer on this machine). Stop it before quitting? Left running, agilesec-installer lab down --dir %1 stops it later.</source>
        <translation>Le laboratoire dans %1 tourne encore (son sshd, ses serveurs web et son répartiteur de charge sur cette machine). L'arrêter avant de quitter ? S'il continue, agilesec-installer lab down --dir %1 l'arrêtera plus tard.</translation>
    </message>
    <message>
        <source>Maintenance running</source>
        <translation>Maintenance en cours</translation>
    </message>
    <message>
        <source>A rolling maintenance is running. Quit anyway? It stops with the current node where it is (work already started goes on on the node); the Maintenance page, or maintain --resume, re-attaches and finishes the run later.</source>
        <translation>Une maintenance progressive est en cours. Quitter quand même ? Elle s'arrête avec le nœud en cours où il est (le travail commencé continue sur le nœud) ; la page Maintenance, ou maintain --resume, s'y rattache et termine l'exécution plus tard.</translation>
    </message>
    <message>
        <source>Running on: %1</source>
        <translation>Fonctionne avec : %1</translation>
    </message>
    <message>
        <source>Licences: %1</source>
        <translation>Licences : %1</translation>
    </message>
    <message>
        <source>Help for this &amp;page</source>
        <translation>Aide pour cette &amp;page</translation>
    </message>
    <message>
        <source>In the HA guide: %1</source>
        <translation>Dans le guide HA : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>