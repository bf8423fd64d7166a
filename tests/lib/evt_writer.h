/* The .evt writer lives in core now (kbwiz kb test uses it). */
#include "kbwiz/evt_writer.h"
