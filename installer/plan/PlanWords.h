#pragma once

#include <QtGlobal>

// The plan is English wherever it is written (the CLI, the dry run, the runbooks, the
// playbook). Its titles are marked for translation in context "InstallPlan", in place where
// they have no arguments; those with arguments are here, for the wizard to recognise a
// formatted title and show it in the user's language (wizard/PlanText).
namespace PlanWords {
inline constexpr const char *kUseEnv = QT_TRANSLATE_NOOP("InstallPlan", "Use %1 as the node's .env");
inline constexpr const char *kHostsEntry = QT_TRANSLATE_NOOP("InstallPlan", "Resolve %1 to %2 in /etc/hosts");
inline constexpr const char *kInstallServices = QT_TRANSLATE_NOOP("InstallPlan", "Install the %1 services");
inline constexpr const char *kRelayAuthorize = QT_TRANSLATE_NOOP("InstallPlan", "Let %1 send the package here with this run's one-time key");
inline constexpr const char *kRelaySend = QT_TRANSLATE_NOOP("InstallPlan", "Send the installer package from %1 to %2");
inline constexpr const char *kRelayFallback = QT_TRANSLATE_NOOP("InstallPlan", "Copy the installer package to the node (when %1 could not)");
inline constexpr const char *kRelayPhase = QT_TRANSLATE_NOOP(
    "InstallPlan", "Send the installer package across the installer's link once, to %1, which relays it to the other nodes (%2 at once)");

inline constexpr const char *kWithArguments[] = {kUseEnv, kHostsEntry, kInstallServices, kRelayAuthorize, kRelaySend, kRelayFallback, kRelayPhase};
} // namespace PlanWords
