#pragma once
// ScriptDirectory: finds and parses revision files. (Being written.)
