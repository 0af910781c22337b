#pragma once

// Python tokenizer used by the revision header parser (and later the interpreter).
