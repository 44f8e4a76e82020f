/* pd-tracking-view.h — milestones, indicator values and evaluations, on three pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "reports/pd-traffic-light.h"
#include "store/pd-history.h"
#include "store/pd-tracking.h"

G_BEGIN_DECLS

#define PD_TYPE_TRACKING_VIEW (pd_tracking_view_get_type ())
G_DECLARE_FINAL_TYPE (PdTrackingView, pd_tracking_view, PD, TRACKING_VIEW, GtkWidget)

GtkWidget  *pd_tracking_view_new               (void);
void        pd_tracking_view_set_history       (PdTrackingView *self,
                                                PdHistory      *history);
PdHistory  *pd_tracking_view_get_history       (PdTrackingView *self);

/* "milestones", "indicators" or "evaluations" */
void        pd_tracking_view_set_page          (PdTrackingView *self,
                                                const char     *page);
const char *pd_tracking_view_get_page          (PdTrackingView *self);

/* The year whose evaluations and ranking are shown. */
void        pd_tracking_view_set_year          (PdTrackingView *self,
                                                int             year);
int         pd_tracking_view_get_year          (PdTrackingView *self);

/* For the window and tests: the lists as shown, the dialogs that add and
 * edit (NULL to add; the form's fields are named "title", "date", "kind",
 * "unit", "score", "grade", "other-grade", "note"; respond "save" to
 * apply), and the editor of one cell of the indicators table. */
GtkListBox *pd_tracking_view_get_milestone_list  (PdTrackingView *self);
GtkListBox *pd_tracking_view_get_evaluation_list (PdTrackingView *self);
GtkWidget  *pd_tracking_view_open_milestone_dialog  (PdTrackingView *self,
                                                     PdMilestone    *milestone);
GtkWidget  *pd_tracking_view_open_evaluation_dialog (PdTrackingView *self,
                                                     PdEvaluation   *evaluation);
GtkWidget  *pd_tracking_view_get_value_cell     (PdTrackingView *self,
                                                 PdIndicator    *indicator,
                                                 int             year);
GtkWidget  *pd_tracking_view_open_value_editor  (PdTrackingView *self,
                                                 PdIndicator    *indicator,
                                                 int             year);
gboolean    pd_tracking_view_apply_value_editor (PdTrackingView *self,
                                                 const char     *target,
                                                 const char     *actual);

/* A traffic light as a shape and its name, coloured: never colour alone. */
const char *pd_light_get_css_class             (PdTrafficLight  light);
GtkWidget  *pd_light_label_new                 (void);
void        pd_light_label_set_light           (GtkWidget      *label,
                                                PdTrafficLight  light);

/* "Set Today's Date…": the date traffic lights are shown for. */
GtkWidget  *pd_tracking_present_today_dialog   (GtkWindow      *parent);

/* Helpers shared with the progress reports of the project editor. */
GtkWidget  *pd_tracking_find_named             (GtkWidget      *root,
                                                const char     *name);
char       *pd_tracking_markup_chinese         (const char     *text);

G_END_DECLS
