#include "cli/CommandRegistry.h"

#include "cli/AddNodeCommand.h"
#include "cli/CertsCommand.h"
#include "cli/CheckAccessCommand.h"
#include "cli/ConvertStretchCommand.h"
#include "cli/DrillCommand.h"
#include "cli/MaintainCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportClusterCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InstallCommand.h"
#include "cli/LabCommand.h"
#include "cli/LabServeCommand.h"
#include "cli/LbCommand.h"
#include "cli/PlanCommand.h"
#include "cli/PreflightCommand.h"
#include "cli/RenderCommand.h"
#include "cli/ValidateCommand.h"
#include "cli/VerifyCommand.h"

#include <functional>

namespace {
using Factory = std::function<std::unique_ptr<Command>()>;

template<typename T>
Factory make()
{
    return [] { return std::make_unique<T>(); };
}

const std::vector<Factory> &factories()
{
    static const std::vector<Factory> list{
        make<ValidateCommand>(),    make<RenderCommand>(),     make<PlanCommand>(),          make<CertsCommand>(),
        make<LabCommand>(),         make<CheckAccessCommand>(), make<PreflightCommand>(),    make<InstallCommand>(),
        make<LbCommand>(),          make<DrillCommand>(),      make<ExportCommand>(),        make<ImportCommand>(),
        make<ImportClusterCommand>(), make<AddNodeCommand>(),  make<ConvertStretchCommand>(), make<VerifyCommand>(),
        make<MaintainCommand>(),    make<LabServeCommand>(),
    };
    return list;
}
} // namespace

std::vector<std::unique_ptr<Command>> CommandRegistry::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const Factory &f : factories())
        commands.push_back(f());
    return commands;
}

std::unique_ptr<Command> CommandRegistry::create(const QString &name)
{
    for (const Factory &f : factories()) {
        std::unique_ptr<Command> command = f();
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

QStringList CommandRegistry::names()
{
    QStringList list;
    for (const std::unique_ptr<Command> &c : all())
        list << c->name();
    return list;
}
