/* pd-timeline-data.h — what the timeline reads besides the store's models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/pd-database.h"

G_BEGIN_DECLS

/* Dates are Julian days (GDate); 0 means none. */

typedef struct
{
  gint64   id;
  int      position;
  char    *name;
  char    *summary;
  guint32  starts_on;
  guint32  ends_on;
} PdTimelinePhase;

typedef enum
{
  PD_TIMELINE_MILESTONE_DEADLINE,
  PD_TIMELINE_MILESTONE_EVALUATION,
  PD_TIMELINE_MILESTONE_INSPECTION,
  PD_TIMELINE_MILESTONE_OTHER,
} PdTimelineMilestoneKind;

typedef struct
{
  gint64                   id;
  char                    *title;
  PdTimelineMilestoneKind  kind;
  gint64                   phase_id;    /* 0: none */
  gint64                   project_id;  /* 0: a milestone of the plan */
  guint32                  due_on;
  guint32                  done_on;     /* 0: not done */
} PdTimelineMilestone;

typedef struct
{
  gint64   id;
  gint64   project_id;
  char    *unit_name;   /* NULL: no reporting unit */
  char    *status;      /* the stored value: planned, active, done, suspended */
  char    *body;
  guint32  reported_on;
  int      progress;
} PdTimelineReport;

typedef struct
{
  int      year;
  gboolean has_target;
  gboolean has_actual;
  double   target;
  double   actual;
} PdTimelineValue;

typedef struct
{
  gint64   id;
  int      position;
  char    *name;
  char    *group;       /* strengthen, raise, lower */
  char    *measure;     /* unit of measure, may be NULL */
  gboolean up;          /* the desired direction: higher is better */
  GArray  *values;      /* of PdTimelineValue, by year */
} PdTimelineIndicator;

typedef struct
{
  GPtrArray  *phases;             /* of PdTimelinePhase, by position */
  GPtrArray  *milestones;         /* of PdTimelineMilestone, by due date: the plan's own */
  GHashTable *project_milestones; /* project id → GPtrArray of PdTimelineMilestone, by date */
  GHashTable *reports;            /* project id → GPtrArray of PdTimelineReport, oldest first */
  GPtrArray  *indicators;         /* of PdTimelineIndicator, by position */
  guint       n_values;           /* indicator values holding a target or an actual figure */
  guint       n_reports;
} PdTimelineData;

PdTimelineData *pd_timeline_data_new              (void);
void            pd_timeline_data_free             (PdTimelineData *self);
gboolean        pd_timeline_data_load             (PdTimelineData *self,
                                                   PdDatabase     *database,
                                                   GError        **error);
GPtrArray      *pd_timeline_data_get_reports      (PdTimelineData *self,
                                                   gint64          project_id);
GPtrArray      *pd_timeline_data_get_milestones   (PdTimelineData *self,
                                                   gint64          project_id);

guint32         pd_timeline_parse_day             (const char     *date);
char           *pd_timeline_format_day            (guint32         day);
void            pd_timeline_day_get_ymd           (guint32         day,
                                                   int            *year,
                                                   int            *month,
                                                   int            *mday);
guint32         pd_timeline_day_from_ymd          (int             year,
                                                   int             month,
                                                   int             mday);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdTimelineData, pd_timeline_data_free)

G_END_DECLS
