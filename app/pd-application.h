/* pd-application.h — the application: owns the plan store and settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_APPLICATION (pd_application_get_type ())
G_DECLARE_FINAL_TYPE (PdApplication, pd_application, PD, APPLICATION, AdwApplication)

PdApplication *pd_application_new          (const char    *plan_path);
GSettings     *pd_application_get_settings (PdApplication *self);

typedef struct _PdWindow PdWindow;
PdWindow      *pd_application_open_plan    (PdApplication *self,
                                            const char    *path);

/* Accelerators of app and window actions; the shortcuts window shows them. */
typedef struct
{
  const char *action;
  const char *accels[3];
} PdAccelerator;

const PdAccelerator *pd_application_get_accelerators (guint *n_accelerators);

G_END_DECLS
