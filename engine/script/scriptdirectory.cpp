#include "scriptdirectory.h"
