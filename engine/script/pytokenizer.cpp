#include "pytokenizer.h"
