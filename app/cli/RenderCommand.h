#pragma once

#include "cli/Command.h"

// render: multi_node_config.conf, every node's env file and .env, as generate_envs.sh writes them.
class RenderCommand : public Command
{
public:
    RenderCommand();

private:
    QList<QCommandLineOption> commandOptions() const override;
    int execute(const QCommandLineParser &parser) override;
};
