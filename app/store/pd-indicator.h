/* pd-indicator.h — an indicator (指标) of the plan's goal, with its values by year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One indicator_value row: a year's target and actual, either may be empty. */
typedef struct
{
  int       year;
  gboolean  has_target;
  double    target;
  gboolean  has_actual;
  double    actual;
} PdIndicatorValue;

#define PD_TYPE_INDICATOR (pd_indicator_get_type ())
G_DECLARE_FINAL_TYPE (PdIndicator, pd_indicator, PD, INDICATOR, GObject)

const char   *pd_indicator_group_get_label (const char        *group);

PdIndicator  *pd_indicator_new             (gint64             id);
gint64        pd_indicator_get_id          (PdIndicator       *self);
int           pd_indicator_get_position    (PdIndicator       *self);
const char   *pd_indicator_get_group       (PdIndicator       *self);
const char   *pd_indicator_get_name        (PdIndicator       *self);
const char   *pd_indicator_get_direction   (PdIndicator       *self);
const char   *pd_indicator_get_measure     (PdIndicator       *self);
gboolean      pd_indicator_get_value       (PdIndicator       *self,
                                            int                year,
                                            PdIndicatorValue  *value);
const PdIndicatorValue *pd_indicator_get_values (PdIndicator  *self,
                                            guint             *n_values);

/* For the store: brings the object in step with its rows. */
void          pd_indicator_update          (PdIndicator       *self,
                                            int                position,
                                            const char        *group,
                                            const char        *name,
                                            const char        *direction,
                                            const char        *measure);
void          pd_indicator_set_values      (PdIndicator       *self,
                                            const PdIndicatorValue *values,
                                            guint              n_values);

G_END_DECLS
