// SPDX-License-Identifier: MIT
#include "api/TokenProvider.h"
