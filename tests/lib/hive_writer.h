/* The hive writer lives in core now (kbwiz kb test uses it). */
#include "kbwiz/hive_writer.h"
