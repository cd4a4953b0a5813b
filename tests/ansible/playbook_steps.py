#!/usr/bin/python3
"""The plan steps an exported Ansible project runs, as JSON lines, in the order each node runs
them: {"phase", "host", "id", "kind", "command"} (uploads: "src -> dest").

The one documented way to strip the Ansible wrappers (docs/ansible.md): a task's step is the
agilesec_steps.<slot> it names; for the hosts of the play's group that have that slot, the
command is host_vars' `command` (with the executor's sudo wrapper taken off, the same wrapper
`install` uses when sudo asks for a password), run through files/agilesec-step.sh (detached)
and, for long steps, async/poll; an upload is the copy task's src and dest, its directory
made first. Usage: playbook_steps.py ANSIBLE_DIR"""
import configparser
import json
import os
import re
import sys

import yaml


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor("!unsafe", lambda loader, node: loader.construct_scalar(node))
SUDO_WRAPPER = ("IFS= read -r __agilesec_sudo_pw; sudo() { printf '%s\\n' \"$__agilesec_sudo_pw\" | "
                "command sudo -S -p '' \"$@\"; }; ")


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)


def groups(path):
    parser = configparser.ConfigParser(allow_no_value=True, delimiters=("=",))
    parser.optionxform = str
    parser.read(path)
    return {s: list(parser[s].keys()) for s in parser.sections()}


def main(directory):
    inventory = groups(os.path.join(directory, "inventory.ini"))
    hosts = {}
    for name in os.listdir(os.path.join(directory, "host_vars")):
        hosts[name[:-4]] = load(os.path.join(directory, "host_vars", name))
    for play in load(os.path.join(directory, "playbook.yml")):
        m = re.match(r"phase_(\d+)_", play["hosts"])
        if not m:
            continue
        for task in play["tasks"]:
            if "ansible.builtin.file" in task:
                continue  # an upload's directory
            slot = re.search(r"agilesec_steps\.(\w+)\.", json.dumps(task))
            if not slot:
                continue
            for host in inventory[play["hosts"]]:
                step = hosts[host]["agilesec_steps"].get(slot.group(1))
                if step is None:
                    continue
                if "src" in step:
                    kind, command = "upload", step["src"] + " -> " + step["dest"]
                else:
                    kind, command = ("run" if "sha" in step else "check"), step["command"]
                    if command.startswith(SUDO_WRAPPER):
                        command = command[len(SUDO_WRAPPER):]
                print(json.dumps({"phase": int(m.group(1)), "host": host, "id": step["id"], "kind": kind, "command": command}))


if __name__ == "__main__":
    main(sys.argv[1])
