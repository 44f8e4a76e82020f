/* pd-synthetic.h — synthetic plans shaped like the bundled one, N times over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Per copy of the bundled plan's shape. */
#define PD_SYNTHETIC_PROGRAMMES   12
#define PD_SYNTHETIC_PROJECTS     68
#define PD_SYNTHETIC_UNITS        96
#define PD_SYNTHETIC_ASSIGNMENTS  457
#define PD_SYNTHETIC_LEADS        75
#define PD_SYNTHETIC_COOPERATIONS 362
#define PD_SYNTHETIC_RESPONSIBLES 20

gboolean pd_synthetic_generate (const char  *path,
                                guint        scale,
                                guint32      seed,
                                GError     **error);

G_END_DECLS
