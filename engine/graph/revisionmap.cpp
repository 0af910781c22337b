#include "revisionmap.h"
