#include "readcommands.h"
