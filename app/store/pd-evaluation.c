/* pd-evaluation.c — a unit's yearly evaluation (考评)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instance per evaluation row: a score, a grade (优秀, 良好, 一般, 较差
 * or free text) and a note. Within a year, units rank by score, highest
 * first, then by grade; equal evaluations share a rank (1, 2, 2, 4), and
 * one with neither score nor grade has no rank (0).
 */
#define G_LOG_DOMAIN "pd-evaluation"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-evaluation.h"

const char * const pd_evaluation_grades[PD_N_GRADES + 1] = { "优秀", "良好", "一般", "较差", NULL };

struct _PdEvaluation
{
  GObject   parent_instance;

  gint64    id;
  int       year;
  PdUnit   *unit;
  gboolean  has_score;
  double    score;
  char     *grade;
  char     *note;
  guint     rank;
};

G_DEFINE_FINAL_TYPE (PdEvaluation, pd_evaluation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_UNIT,
  PROP_HAS_SCORE,
  PROP_SCORE,
  PROP_GRADE,
  PROP_NOTE,
  PROP_RANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A usual grade in the UI language; any other grade as written. */
const char *
pd_evaluation_grade_get_label (const char *grade)
{
  switch (pd_evaluation_grade_get_level (grade))
    {
    case 4:
      return C_("evaluation grade", "Excellent");
    case 3:
      return C_("evaluation grade", "Good");
    case 2:
      return C_("evaluation grade", "Fair");
    case 1:
      return C_("evaluation grade", "Poor");
    default:
      return grade;
    }
}

/* 4 for 优秀 … 1 for 较差, 0 for any other grade or none. */
int
pd_evaluation_grade_get_level (const char *grade)
{
  for (int i = 0; i < PD_N_GRADES; i++)
    if (g_strcmp0 (grade, pd_evaluation_grades[i]) == 0)
      return PD_N_GRADES - i;
  return 0;
}

static void
pd_evaluation_finalize (GObject *object)
{
  PdEvaluation *self = (PdEvaluation *)object;

  g_clear_object (&self->unit);
  g_free (self->grade);
  g_free (self->note);

  G_OBJECT_CLASS (pd_evaluation_parent_class)->finalize (object);
}

static void
pd_evaluation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PdEvaluation *self = PD_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_HAS_SCORE:
      g_value_set_boolean (value, self->has_score);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_GRADE:
      g_value_set_string (value, self->grade);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_evaluation_class_init (PdEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_evaluation_finalize;
  object_class->get_property = pd_evaluation_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_UNIT] = g_param_spec_object ("unit", NULL, NULL, PD_TYPE_UNIT, flags);
  properties[PROP_HAS_SCORE] = g_param_spec_boolean ("has-score", NULL, NULL, FALSE, flags);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_GRADE] = g_param_spec_string ("grade", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_RANK] = g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_evaluation_init (PdEvaluation *self)
{
}

PdEvaluation *
pd_evaluation_new (gint64 id,
                   int    year)
{
  PdEvaluation *self = g_object_new (PD_TYPE_EVALUATION, NULL);

  self->id = id;
  self->year = year;
  return self;
}

gint64
pd_evaluation_get_id (PdEvaluation *self)
{
  g_return_val_if_fail (PD_IS_EVALUATION (self), 0);
  return self->id;
}

int
pd_evaluation_get_year (PdEvaluation *self)
{
  g_return_val_if_fail (PD_IS_EVALUATION (self), 0);
  return self->year;
}

PdUnit *
pd_evaluation_get_unit (PdEvaluation *self)
{
  g_return_val_if_fail (PD_IS_EVALUATION (self), NULL);
  return self->unit;
}

/* FALSE when no score was given. */
gboolean
pd_evaluation_get_score (PdEvaluation *self,
                         double       *score)
{
  g_return_val_if_fail (PD_IS_EVALUATION (self), FALSE);

  if (score != NULL)
    *score = self->has_score ? self->score : 0.0;
  return self->has_score;
}

const char *
pd_evaluation_get_grade (PdEvaluation *self)
{
  g_return_val_if_fail (PD_IS_EVALUATION (self), NULL);
  return self->grade;
}

const char *
pd_evaluation_get_note (PdEvaluation *self)
{
  g_return_val_if_fail (PD_IS_EVALUATION (self), NULL);
  return self->note;
}

/* The place among the year's units, from 1; 0 when unranked. */
guint
pd_evaluation_get_rank (PdEvaluation *self)
{
  g_return_val_if_fail (PD_IS_EVALUATION (self), 0);
  return self->rank;
}

static gboolean
is_rankable (PdEvaluation *self)
{
  return self->has_score || pd_evaluation_grade_get_level (self->grade) > 0;
}

/* Whether @a and @b share a rank. */
gboolean
pd_evaluation_ties (PdEvaluation *a,
                    PdEvaluation *b)
{
  return is_rankable (a) && is_rankable (b) &&
         a->has_score == b->has_score && (!a->has_score || a->score == b->score) &&
         pd_evaluation_grade_get_level (a->grade) == pd_evaluation_grade_get_level (b->grade);
}

/* Ranking order: scored before unscored, higher score first, then better
 * grade, then the unit's name (so equal places list alike every time). */
int
pd_evaluation_compare (PdEvaluation *a,
                       PdEvaluation *b)
{
  int la, lb;

  if (is_rankable (a) != is_rankable (b))
    return is_rankable (a) ? -1 : 1;
  if (a->has_score != b->has_score)
    return a->has_score ? -1 : 1;
  if (a->has_score && a->score != b->score)
    return a->score > b->score ? -1 : 1;
  la = pd_evaluation_grade_get_level (a->grade);
  lb = pd_evaluation_grade_get_level (b->grade);
  if (la != lb)
    return lb - la;
  if (a->unit != NULL && b->unit != NULL)
    {
      int c = g_strcmp0 (pd_unit_get_name (a->unit), pd_unit_get_name (b->unit));

      if (c != 0)
        return c;
    }
  return (a->id > b->id) - (a->id < b->id);
}

static void
set_string (PdEvaluation  *self,
            char         **field,
            const char    *value,
            guint          prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
pd_evaluation_update (PdEvaluation *self,
                      PdUnit       *unit,
                      gboolean      has_score,
                      double        score,
                      const char   *grade,
                      const char   *note)
{
  g_return_if_fail (PD_IS_EVALUATION (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
  if (!has_score)
    score = 0.0;
  if (self->has_score != has_score)
    {
      self->has_score = has_score;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SCORE]);
    }
  if (self->score != score)
    {
      self->score = score;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
    }
  set_string (self, &self->grade, grade, PROP_GRADE);
  set_string (self, &self->note, note, PROP_NOTE);
  g_object_thaw_notify (G_OBJECT (self));
}

void
pd_evaluation_set_rank (PdEvaluation *self,
                        guint         rank)
{
  g_return_if_fail (PD_IS_EVALUATION (self));

  if (self->rank == rank)
    return;
  self->rank = rank;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
}
