#pragma once
// RevisionMap: Alembic's revision graph semantics. (Being written.)
