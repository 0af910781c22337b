#pragma once
// Read-only commands: heads, branches, history, show. (Being written.)
