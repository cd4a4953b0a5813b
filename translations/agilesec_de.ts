<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessPage</name>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the nodes over SSH. Passwords stay in memory for this session only: they are never saved, logged or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file (with passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519 (empty: ~/.ssh/config&apos;s IdentityFile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: sudo needs no password (NOPASSWD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password / key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;sudo password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation directory (-p):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform a&amp;dmin password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm admin password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-node SSH host, port and user: the Topology page&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user: enter the user to log in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password: password authentication needs the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform admin password: the install writes it to each node&apos;s .pass; enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm admin password: the two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n node(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;Test connections&quot;: every node must be reached, with sudo usable, before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not ready; see the Result column.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every node is reachable and sudo works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutual-TLS certificate per node and a web certificate per frontend, signed by the cluster&apos;s CA. The CA&apos;s private key never goes to a node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a new CA and every certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with &amp;my organisation&apos;s CA (certificate and key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring my own certificates (checked against my CA, nothing signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder laid out like certificates/ (nodes/, web/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA validity (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate validity (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA private key (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA key passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every certificate passed OpenSSL&apos;s checks (chain, key, names, expiry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates yet: choose how to make them, then &quot;Create certificates&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates in the output folder do not fit this cluster; create them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates folder: choose the folder holding nodes/ and web/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating certificates...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterSession</name>
    <message>
        <source>Connected; sudo works without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; sudo needs a password: enter the sudo password above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; sudo accepted the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; sudo REFUSED the password (wrong password or not in sudoers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; but this user may not use sudo, which the install needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new cluster (%1-node template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab started (a simulation): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose where to save the project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the topology&apos;s errors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with %1: %2 certificate(s) issued, %3 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CN=%2, expires %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, SANs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s admin password is needed (Access page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the files to upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project first (Review page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 files, %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalAccessPage</name>
    <message>
        <source>External access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name users and sensors reach the platform by, and what sends them to the frontends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: /etc/hosts entries or your own DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS multi-value records (Route 53)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L4 load balancer (AWS NLB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L7 load balancer (Azure Application Gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-prem HAProxy + Keepalived with a virtual IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;&lt;ip&gt; &lt;fqdn&gt;&quot; to every node&apos;s /etc/hosts (the guide&apos;s fallback when DNS does not resolve the FQDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the first frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends resolve the FQDN to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted zone ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB security group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontend security group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB subnet CIDR (firewall):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway subnet CIDR (firewall):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add LB node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy nodes (first is MASTER):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRRP router ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics &amp;hostname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frontend port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS / &amp;load balancer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics hostname: enter the first label of the FQDN users open (e.g. agilesec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics domain: enter the domain (e.g. example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual IP: enter the address the load balancers share (e.g. 10.0.0.100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology has errors (Topology page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users will open https://%1:%2/ (entry point: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access information for Web UI
  Login URL: %1/signin
  Admin username: admin - Password (as provided during installation)
  Ingestion service endpoint for v3 unified sensor: %1/v3/ingest
  Ingestion endpoint for v2 sensors: %1/v1/oauth2/token
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install did not complete; the logs say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is ready to carry to the air-gapped site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the site: unzip the bundle and follow CHECKLIST.md and runbooks/ (or run the Ansible playbook).
Once installed, users reach the platform as follows.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1
Generated files and certificates: %2
Logs: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key CHANGED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: the host key of %1 (%2) has CHANGED.&lt;/b&gt;&lt;br&gt;This can mean someone is intercepting the connection (a man-in-the-middle attack). Nothing was sent. Accept only if the node was re-imaged or its SSH keys were regenerated, and the fingerprint below matches the node&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet. Compare the fingerprint below with the node&apos;s own before accepting it; it is then pinned in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the node: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the NEW key and re-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s steps on every node, phase after phase; the nodes of a phase run in parallel. Select a node for its live log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node to follow its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install stopped: %1. Fix the cause and go Back to install again; finished steps are not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the files to upload (env files, certificates)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installing %n node(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>KAFKA WATCHDOG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed. Select it to read its log, then Retry, Skip or Abort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting: stopping the running steps...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node checked in parallel against the guide&apos;s requirements. Nothing is changed on the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n node(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the install: fix them (see How to fix), then Run again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read before installing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what the guide&apos;s scripts would produce, and the order the nodes will be installed in. Nothing has been changed on any node yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase / node / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export air-gapped bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install saves the project and starts with phase 0 on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the bundle to carry to the air-gapped site; it holds a runbook and an Ansible playbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyMap</name>
    <message>
        <source>Sites as columns; a star marks a quorum voter (Kafka KRaft, MongoDB and OpenSearch elections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If site %1 fails: quorum SURVIVES (%2 of %3 voters left, %4 needed); %5 frontend(s) keep serving users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If site %1 fails: quorum is LOST (%2 of %3 voters left, %4 needed); the cluster stops accepting writes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes of the cluster, their roles and sites. Scan nodes are installed with the primary backend&apos;s env file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site / AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit. SSH host, port and user are optional per-node overrides of the Access page&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste IPs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One node per line: IP, optionally followed by hostname, profile and site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One node per line: IP [HOSTNAME [PROFILE [SITE]]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 nodes, stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to select its node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what losing one whole site does to quorum, data and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if this site fails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before you can go on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 node(s), %2 site(s). %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frontend-%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node&apos;s services against its profile, and health as users see it: real TLS, trusting only the cluster&apos;s CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking every node for its services, and checking health...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) run every service; %n health check(s) failed. Checked at %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a highly available AgileSec Platform cluster over SSH, grow it later, or prepare everything for an air-gapped site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cluster from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the guide&apos;s 3-node, 4-node or 7-node stretch topology and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 nodes: 2 backends, 2 frontends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 nodes: 2 backends, 1 frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 nodes: stretch over 3 sites with a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file, the config and everything generated are kept in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a project saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an existing cluster&apos;s multi_node_config.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the config the guide&apos;s scripts use (generate_envs/multi_node_config.conf) from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi_node_config.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import multi_node_config.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config (*.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local &amp;lab (a simulation on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real SSH servers on 127.0.0.x with a simulated AgileSec installer: the whole install without real nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 nodes, stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export only: prepare a bundle here for an air-gapped site (no SSH from this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the lab: one sshd per node, keys, a simulated installer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder: %1 already holds a project. Open it instead, or choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file: %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>AgileSec HA Installer - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgileSec HA Installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An install is running. Quit anyway? The running steps are stopped; running the install again resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export air-gapped bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export air-gapped bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AgileSec HA Installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgileSec HA Installer %1
Installs, grows and verifies highly available AgileSec Platform clusters over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes after the install (an install is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
