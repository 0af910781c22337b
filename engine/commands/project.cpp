#include "project.h"

namespace retort {

Result<Project> Project::open(const QString &iniPath, const QString &section)
{
    auto config = AlembicConfig::load(iniPath, section);
    if (!config)
        return config.error();
    auto scripts = ScriptDirectory::load(*config);
    if (!scripts)
        return scripts.error();
    auto map = RevisionMap::build(scripts->takeScripts());
    if (!map)
        return map.error();
    return Project{std::move(config).value(), std::move(scripts).value(), std::move(map).value()};
}

} // namespace retort
