/* pd-checks.c — what is probably wrong with the plan, kept up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PdChecks is a list model of PdCheck items, recomputed from the store's
 * objects after every committed edit (PdStore::changed). A pass costs one
 * walk over the programmes, projects and assignments and one over the units,
 * with hash tables for the unit counts and for similar names, so it stays
 * linear at 100 times the bundled plan. Checks of a project's status against
 * its progress and due date use "today" (pd_tracking_dup_today()) and run
 * again when the `today` setting changes. Only the run of items that differs
 * from the previous pass is replaced, and nothing is emitted when nothing
 * changed, so a view keeps its rows, focus and scroll position.
 */
#define G_LOG_DOMAIN "pd-checks"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-checks.h"
#include "pd-commands.h"
#include "pd-date.h"
#include "pd-tracking.h"

/* Names listed in the detail of a project with only collective units. */
#define MAX_NAMES_IN_DETAIL 6

G_DEFINE_ENUM_TYPE (PdCheckKind, pd_check_kind,
  G_DEFINE_ENUM_VALUE (PD_CHECK_NO_LEAD, "no-lead"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_ONLY_COLLECTIVES, "only-collectives"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_EMPTY_PROGRAMME, "empty-programme"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_UNUSED_UNIT, "unused-unit"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_SIMILAR_UNITS, "similar-units"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_DATE_OUTSIDE_PERIOD, "date-outside-period"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_DONE_INCOMPLETE, "done-incomplete"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_OVERDUE_NOT_STARTED, "overdue-not-started"),
  G_DEFINE_ENUM_VALUE (PD_CHECK_PROGRESS_NOT_STARTED, "progress-not-started"))

/* PdCheck ------------------------------------------------------------------ */

struct _PdCheck
{
  GObject      parent_instance;

  char        *title;
  char        *detail;
  PdProject   *project;
  PdProgramme *programme;
  PdUnit      *unit;
  PdUnit      *other_unit;
  PdCheckKind  kind;
};

G_DEFINE_FINAL_TYPE (PdCheck, pd_check, G_TYPE_OBJECT)

enum {
  CHECK_PROP_0,
  CHECK_PROP_KIND,
  CHECK_PROP_TITLE,
  CHECK_PROP_DETAIL,
  CHECK_PROP_TARGET,
  CHECK_PROP_PROJECT,
  CHECK_PROP_PROGRAMME,
  CHECK_PROP_UNIT,
  CHECK_PROP_OTHER_UNIT,
  CHECK_N_PROPS
};

static GParamSpec *check_properties[CHECK_N_PROPS];

static void
pd_check_finalize (GObject *object)
{
  PdCheck *self = (PdCheck *)object;

  g_clear_object (&self->project);
  g_clear_object (&self->programme);
  g_clear_object (&self->unit);
  g_clear_object (&self->other_unit);
  g_free (self->title);
  g_free (self->detail);

  G_OBJECT_CLASS (pd_check_parent_class)->finalize (object);
}

static void
pd_check_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PdCheck *self = PD_CHECK (object);

  switch (prop_id)
    {
    case CHECK_PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case CHECK_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case CHECK_PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case CHECK_PROP_TARGET:
      g_value_set_object (value, pd_check_get_target (self));
      break;
    case CHECK_PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case CHECK_PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;
    case CHECK_PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case CHECK_PROP_OTHER_UNIT:
      g_value_set_object (value, self->other_unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_check_class_init (PdCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_check_finalize;
  object_class->get_property = pd_check_get_property;

  check_properties[CHECK_PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PD_TYPE_CHECK_KIND, PD_CHECK_NO_LEAD, flags);
  check_properties[CHECK_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  check_properties[CHECK_PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  check_properties[CHECK_PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, G_TYPE_OBJECT, flags);
  check_properties[CHECK_PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, PD_TYPE_PROJECT, flags);
  check_properties[CHECK_PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL, PD_TYPE_PROGRAMME, flags);
  check_properties[CHECK_PROP_UNIT] = g_param_spec_object ("unit", NULL, NULL, PD_TYPE_UNIT, flags);
  check_properties[CHECK_PROP_OTHER_UNIT] =
    g_param_spec_object ("other-unit", NULL, NULL, PD_TYPE_UNIT, flags);
  g_object_class_install_properties (object_class, CHECK_N_PROPS, check_properties);
}

static void
pd_check_init (PdCheck *self)
{
}

/* Takes @title and @detail. */
static PdCheck *
pd_check_new (PdCheckKind  kind,
              char        *title,
              char        *detail,
              PdProject   *project,
              PdProgramme *programme,
              PdUnit      *unit,
              PdUnit      *other_unit)
{
  PdCheck *self = g_object_new (PD_TYPE_CHECK, NULL);

  self->kind = kind;
  self->title = title;
  self->detail = detail;
  g_set_object (&self->project, project);
  g_set_object (&self->programme, programme);
  g_set_object (&self->unit, unit);
  g_set_object (&self->other_unit, other_unit);
  return self;
}

PdCheckKind
pd_check_get_kind (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), PD_CHECK_NO_LEAD);
  return self->kind;
}

/* One line that says what is wrong, in the UI language. */
const char *
pd_check_get_title (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), NULL);
  return self->title;
}

/* What the title refers to, and why it matters or how to fix it. */
const char *
pd_check_get_detail (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), NULL);
  return self->detail;
}

/* The object to show for this check: the project (no lead, only collective
 * units, dates), the programme (empty) or the unit (unused; for similar
 * names the unit that a merge would remove). */
GObject *
pd_check_get_target (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), NULL);

  if (self->project != NULL)
    return G_OBJECT (self->project);
  if (self->programme != NULL)
    return G_OBJECT (self->programme);
  return G_OBJECT (self->unit);
}

PdProject *
pd_check_get_project (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), NULL);
  return self->project;
}

PdProgramme *
pd_check_get_programme (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), NULL);
  return self->programme;
}

/* The unused unit; for similar names, the unit to merge from. */
PdUnit *
pd_check_get_unit (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), NULL);
  return self->unit;
}

/* For similar names, the unit to merge into (the one with more
 * assignments); otherwise NULL. */
PdUnit *
pd_check_get_other_unit (PdCheck *self)
{
  g_return_val_if_fail (PD_IS_CHECK (self), NULL);
  return self->other_unit;
}

/* Same kind, same objects and same texts. */
gboolean
pd_check_equal (PdCheck *self,
                PdCheck *other)
{
  g_return_val_if_fail (PD_IS_CHECK (self), FALSE);
  g_return_val_if_fail (PD_IS_CHECK (other), FALSE);

  return self->kind == other->kind &&
         self->project == other->project &&
         self->programme == other->programme &&
         self->unit == other->unit &&
         self->other_unit == other->other_unit &&
         g_strcmp0 (self->title, other->title) == 0 &&
         g_strcmp0 (self->detail, other->detail) == 0;
}

/* PdChecks ----------------------------------------------------------------- */

struct _PdChecks
{
  GObject    parent_instance;

  PdStore   *store;
  GPtrArray *items;  /* of PdCheck, in the order of PdCheckKind */
  gulong     changed_handler;
  gulong     today_handler;
};

static void pd_checks_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdChecks, pd_checks, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pd_checks_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A day as it is shown (2013年3月31日 in Chinese), or … for none. */
static char *
dup_date_or_ellipsis (const char *date)
{
  return date != NULL && *date != '\0' ? pd_date_format (date) : g_strdup ("…");
}

static char *
join_unit_names (GListModel *assignments)
{
  GString *names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (assignments);

  for (guint i = 0; i < n && i < MAX_NAMES_IN_DETAIL; i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);
      PdUnit *unit = pd_assignment_get_unit (assignment);

      if (i > 0)
        g_string_append (names, "、");
      g_string_append (names, unit ? pd_unit_get_name (unit) : "?");
    }
  if (n > MAX_NAMES_IN_DETAIL)
    g_string_append (names, "、…");
  return g_string_free (names, FALSE);
}

typedef struct
{
  GPtrArray  *kinds[PD_N_CHECK_KINDS];
  GHashTable *use_counts;  /* PdUnit → number of assignments */
  const char *period_start;
  const char *period_end;
  const char *today;       /* YYYY-MM-DD */
} Pass;

static void
add_check (Pass        *pass,
           PdCheckKind  kind,
           char        *title,
           char        *detail,
           PdProject   *project,
           PdProgramme *programme,
           PdUnit      *unit,
           PdUnit      *other_unit)
{
  g_ptr_array_add (pass->kinds[kind],
                   pd_check_new (kind, title, detail, project, programme, unit, other_unit));
}

static void
check_dates (Pass      *pass,
             PdProject *project)
{
  const char *start = pd_project_get_start_on (project);
  const char *due = pd_project_get_due_on (project);
  const char *period_start = pass->period_start;
  const char *period_end = pass->period_end;
  int number = pd_project_get_number (project);
  gboolean backwards = FALSE;
  gboolean outside = FALSE;
  g_autofree char *shown_start = NULL;
  g_autofree char *shown_due = NULL;
  g_autofree char *shown_period_start = NULL;
  g_autofree char *shown_period_end = NULL;
  char *title;

  if (start != NULL && *start == '\0')
    start = NULL;
  if (due != NULL && *due == '\0')
    due = NULL;

  /* ISO dates compare as strings. */
  backwards = start != NULL && due != NULL && strcmp (due, start) < 0;
  if (period_start != NULL)
    outside |= (start != NULL && strcmp (start, period_start) < 0) ||
               (due != NULL && strcmp (due, period_start) < 0);
  if (period_end != NULL)
    outside |= (start != NULL && strcmp (start, period_end) > 0) ||
               (due != NULL && strcmp (due, period_end) > 0);
  if (!backwards && !outside)
    return;

  if (backwards)
    /* Translators: %d is a project's number */
    title = g_strdup_printf (_("Project %d is due before it starts"), number);
  else
    /* Translators: %d is a project's number */
    title = g_strdup_printf (_("Project %d has dates outside the plan period"), number);

  shown_start = dup_date_or_ellipsis (start);
  shown_due = dup_date_or_ellipsis (due);
  shown_period_start = dup_date_or_ellipsis (period_start);
  shown_period_end = dup_date_or_ellipsis (period_end);
  add_check (pass, PD_CHECK_DATE_OUTSIDE_PERIOD, title,
             /* Translators: a project's title, its start and due dates, then the
              * first and last day of the plan period, all as dates are shown
              * (2013-03-31), or … for none */
             g_strdup_printf (_("“%s” runs from %s to %s; the plan period is %s to %s"),
                              pd_project_get_title (project), shown_start, shown_due,
                              shown_period_start, shown_period_end),
             project, NULL, NULL, NULL);
}

/* The days from @from to @to, two valid ISO days. */
static int
days_between (const char *from,
              const char *to)
{
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autofree char *from_time = g_strconcat (from, "T00:00:00Z", NULL);
  g_autofree char *to_time = g_strconcat (to, "T00:00:00Z", NULL);

  a = g_date_time_new_from_iso8601 (from_time, NULL);
  b = g_date_time_new_from_iso8601 (to_time, NULL);
  if (a == NULL || b == NULL)
    return 0;
  return (int)(g_date_time_difference (b, a) / G_TIME_SPAN_DAY);
}

/* A project's status that its progress or its due date contradicts. */
static void
check_status (Pass      *pass,
              PdProject *project)
{
  PdStatus status = pd_project_get_status (project);
  int progress = pd_project_get_progress (project);
  const char *due = pd_project_get_due_on (project);
  const char *title = pd_project_get_title (project);
  int number = pd_project_get_number (project);

  if (status == PD_STATUS_DONE && progress < 100)
    add_check (pass, PD_CHECK_DONE_INCOMPLETE,
               /* Translators: %d is a project's number, the second %d its progress in per cent */
               g_strdup_printf (_("Project %d is marked done at %d%%"), number, progress),
               /* Translators: %s is a project's title, %d its progress in per cent */
               g_strdup_printf (_("“%s” is done, but its progress says %d%%: "
                                  "set the progress to 100%% or the status back to Active"),
                                title, progress),
               project, NULL, NULL, NULL);

  if (status != PD_STATUS_PLANNED)
    return;

  /* ISO days compare as strings. */
  if (due != NULL && *due != '\0' && pass->today != NULL && strcmp (due, pass->today) < 0)
    {
      g_autofree char *shown_due = pd_date_format (due);
      int days = days_between (due, pass->today);

      add_check (pass, PD_CHECK_OVERDUE_NOT_STARTED,
                 /* Translators: %d is a project's number; Planned is a status (计划中) */
                 g_strdup_printf (_("Project %d is overdue but still planned"), number),
                 /* Translators: a project's title, its due date as dates are shown, then the
                  * days since that date */
                 g_strdup_printf (ngettext ("“%s” was due on %s, %d day ago, and has not started: "
                                            "set its status or its due date",
                                            "“%s” was due on %s, %d days ago, and has not started: "
                                            "set its status or its due date", days),
                                  title, shown_due, days),
                 project, NULL, NULL, NULL);
    }

  if (progress > 0)
    add_check (pass, PD_CHECK_PROGRESS_NOT_STARTED,
               /* Translators: %d is a project's number; Planned is a status (计划中) */
               g_strdup_printf (_("Project %d has progress but is still planned"), number),
               /* Translators: %s is a project's title, %d its progress in per cent */
               g_strdup_printf (_("“%s” is %d%% done, but its status says it has not started: "
                                  "set it to Active"), title, progress),
               project, NULL, NULL, NULL);
}

static void
check_project (Pass      *pass,
               PdProject *project)
{
  GListModel *assignments = pd_project_get_assignments (project);
  guint n = g_list_model_get_n_items (assignments);
  guint n_leads = 0;
  gboolean all_collective = n > 0;
  int number = pd_project_get_number (project);

  for (guint i = 0; i < n; i++)
    {
      PdAssignment *assignment = g_list_model_get_item (assignments, i);
      PdUnit *unit = pd_assignment_get_unit (assignment);

      if (pd_assignment_get_role (assignment) == PD_ROLE_LEAD)
        n_leads++;
      if (unit != NULL)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (pass->use_counts, unit));

          g_hash_table_insert (pass->use_counts, unit, GUINT_TO_POINTER (count + 1));
          if (!pd_unit_get_collective (unit))
            all_collective = FALSE;
        }
      g_object_unref (assignment);
    }

  if (n_leads == 0)
    add_check (pass, PD_CHECK_NO_LEAD,
               /* Translators: %d is a project's number */
               g_strdup_printf (_("Project %d has no lead unit"), number),
               n == 0
               /* Translators: %s is a project's title */
               ? g_strdup_printf (_("“%s” has no units at all"), pd_project_get_title (project))
               /* Translators: %s is a project's title */
               : g_strdup_printf (_("None of the units of “%s” leads it"), pd_project_get_title (project)),
               project, NULL, NULL, NULL);

  if (all_collective)
    {
      g_autofree char *names = join_unit_names (assignments);

      add_check (pass, PD_CHECK_ONLY_COLLECTIVES,
                 /* Translators: %d is a project's number; a collective unit
                  * stands for several units, like 各区(县级市) */
                 g_strdup_printf (_("Project %d has only collective units"), number),
                 /* Translators: a project's title, then unit names joined by 、 */
                 g_strdup_printf (_("“%s” is assigned only to %s; no single unit answers for it"),
                                  pd_project_get_title (project), names),
                 project, NULL, NULL, NULL);
    }

  check_dates (pass, project);
  check_status (pass, project);
}

static void
check_programmes (Pass    *pass,
                  PdStore *store)
{
  GListModel *programmes = pd_store_get_programmes (store);
  guint n_programmes = g_list_model_get_n_items (programmes);

  for (guint i = 0; i < n_programmes; i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      guint n_projects = g_list_model_get_n_items (projects);

      if (n_projects == 0)
        add_check (pass, PD_CHECK_EMPTY_PROGRAMME,
                   /* Translators: %s is a programme's numeral, as the plan writes it: 一, 二… 十二 */
                   g_strdup_printf (_("Programme %s has no projects"), pd_programme_get_numeral (programme)),
                   /* Translators: %s is a programme's title */
                   g_strdup_printf (_("Add projects to “%s” or remove it"), pd_programme_get_title (programme)),
                   NULL, programme, NULL, NULL);

      for (guint j = 0; j < n_projects; j++)
        {
          PdProject *project = g_list_model_get_item (projects, j);

          check_project (pass, project);
          g_object_unref (project);
        }
    }
}

static guint
use_count (Pass   *pass,
           PdUnit *unit)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (pass->use_counts, unit));
}

/* Units that no project names and that stand for nothing else: not a
 * member of a collective unit (the districts of 各区(县级市)), not the
 * successor of another unit (黄埔区 after 萝岗区). Then names that differ
 * only by 各, 等, 的 or spaces, bucketed by their normalised form. */
static void
check_units (Pass    *pass,
             PdStore *store)
{
  GListModel *units = pd_store_get_units (store);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_full (n_units, g_free);  /* normalised names */
  g_autoptr(GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GHashTable) referenced = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n_units; i++)
    {
      PdUnit *unit = g_list_model_get_item (units, i);
      GListModel *members = pd_unit_get_members (unit);
      guint n_members = g_list_model_get_n_items (members);
      PdUnit *successor = pd_unit_get_successor (unit);
      /* Without 各, 等, 的 and spaces (pd_normalize_name). */
      char *key = pd_normalize_name (pd_unit_get_name (unit));
      GPtrArray *bucket;

      for (guint j = 0; j < n_members; j++)
        {
          PdUnit *member = g_list_model_get_item (members, j);

          g_hash_table_add (referenced, member);
          g_object_unref (member);
        }
      if (successor != NULL)
        g_hash_table_add (referenced, successor);

      g_ptr_array_add (keys, key);
      if (*key != '\0')
        {
          if ((bucket = g_hash_table_lookup (buckets, key)) == NULL)
            {
              bucket = g_ptr_array_new ();
              g_hash_table_insert (buckets, key, bucket);
            }
          g_ptr_array_add (bucket, unit);
        }
      g_object_unref (unit);
    }

  for (guint i = 0; i < n_units; i++)
    {
      PdUnit *unit = g_list_model_get_item (units, i);
      const char *key = g_ptr_array_index (keys, i);
      GPtrArray *bucket = *key != '\0' ? g_hash_table_lookup (buckets, key) : NULL;

      if (use_count (pass, unit) == 0 && !g_hash_table_contains (referenced, unit))
        add_check (pass, PD_CHECK_UNUSED_UNIT,
                   /* Translators: %s is a unit's name */
                   g_strdup_printf (_("Unit “%s” is not used"), pd_unit_get_name (unit)),
                   g_strdup (_("It has no projects, belongs to no collective unit and succeeds no other unit")),
                   NULL, NULL, unit, NULL);

      /* Each group once, at its first unit: merge the others into the
       * unit with the most assignments (the first of them on a tie). */
      if (bucket != NULL && bucket->len > 1 && g_ptr_array_index (bucket, 0) == unit)
        {
          PdUnit *into = unit;

          for (guint j = 1; j < bucket->len; j++)
            if (use_count (pass, g_ptr_array_index (bucket, j)) > use_count (pass, into))
              into = g_ptr_array_index (bucket, j);

          for (guint j = 0; j < bucket->len; j++)
            {
              PdUnit *from = g_ptr_array_index (bucket, j);

              if (from == into)
                continue;
              add_check (pass, PD_CHECK_SIMILAR_UNITS,
                         /* Translators: two units' names; the first would be merged into the second */
                         g_strdup_printf (_("“%s” and “%s” may be the same unit"),
                                          pd_unit_get_name (from), pd_unit_get_name (into)),
                         /* Translators: %s is the name of the unit that merging keeps */
                         g_strdup_printf (_("The names differ only by 各, 等, 的 or spaces. Merging keeps “%s”."),
                                          pd_unit_get_name (into)),
                         NULL, NULL, from, into);
            }
        }
      g_object_unref (unit);
    }
}

static GPtrArray *
compute (PdChecks *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = NULL;
  Pass pass = { 0 };

  if (self->store == NULL)
    return items;

  for (guint k = 0; k < PD_N_CHECK_KINDS; k++)
    pass.kinds[k] = g_ptr_array_new ();
  pass.use_counts = g_hash_table_new (NULL, NULL);
  pass.period_start = pd_store_get_period_start (self->store);
  pass.period_end = pd_store_get_period_end (self->store);
  pass.today = today = pd_tracking_dup_today ();

  check_programmes (&pass, self->store);
  check_units (&pass, self->store);

  for (guint k = 0; k < PD_N_CHECK_KINDS; k++)
    {
      g_ptr_array_extend_and_steal (items, pass.kinds[k]);
      pass.kinds[k] = NULL;
    }
  g_hash_table_unref (pass.use_counts);
  return items;
}

static void
replace_items (PdChecks  *self,
               GPtrArray *items)
{
  guint old_n = self->items->len;
  guint new_n = items->len;
  guint prefix = 0;
  guint suffix = 0;
  guint removed, added;

  while (prefix < old_n && prefix < new_n &&
         pd_check_equal (g_ptr_array_index (self->items, prefix),
                         g_ptr_array_index (items, prefix)))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         pd_check_equal (g_ptr_array_index (self->items, old_n - 1 - suffix),
                         g_ptr_array_index (items, new_n - 1 - suffix)))
    suffix++;

  removed = old_n - prefix - suffix;
  added = new_n - prefix - suffix;
  if (removed == 0 && added == 0)
    {
      g_ptr_array_unref (items);
      return;
    }

  /* Keep the unchanged items themselves: views keep their rows. */
  g_ptr_array_remove_range (self->items, prefix, removed);
  for (guint i = prefix; i < prefix + added; i++)
    g_ptr_array_insert (self->items, i, g_object_ref (g_ptr_array_index (items, i)));
  g_ptr_array_unref (items);

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
}

static void
store_changed_cb (PdStore  *store,
                  PdChecks *self)
{
  pd_checks_update (self);
}

/* The date lights are shown for changed: overdue is counted from it. */
static void
today_changed_cb (GSettings  *settings,
                  const char *key,
                  PdChecks   *self)
{
  pd_checks_update (self);
}

static GType
pd_checks_get_item_type (GListModel *model)
{
  return PD_TYPE_CHECK;
}

static guint
pd_checks_get_n_items (GListModel *model)
{
  return PD_CHECKS (model)->items->len;
}

static gpointer
pd_checks_get_item (GListModel *model,
                    guint       position)
{
  PdChecks *self = PD_CHECKS (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
pd_checks_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pd_checks_get_item_type;
  iface->get_n_items = pd_checks_get_n_items;
  iface->get_item = pd_checks_get_item;
}

static void
pd_checks_dispose (GObject *object)
{
  PdChecks *self = (PdChecks *)object;

  g_clear_signal_handler (&self->changed_handler, self->store);
  if (self->today_handler != 0)
    g_clear_signal_handler (&self->today_handler, pd_tracking_get_today_settings ());
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pd_checks_parent_class)->dispose (object);
}

static void
pd_checks_finalize (GObject *object)
{
  PdChecks *self = (PdChecks *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_checks_parent_class)->finalize (object);
}

static void
pd_checks_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PdChecks *self = PD_CHECKS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_checks_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdChecks *self = PD_CHECKS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_checks_constructed (GObject *object)
{
  PdChecks *self = (PdChecks *)object;

  G_OBJECT_CLASS (pd_checks_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      self->changed_handler = g_signal_connect (self->store, "changed",
                                                G_CALLBACK (store_changed_cb), self);
      if (pd_tracking_get_today_settings () != NULL)
        self->today_handler = g_signal_connect (pd_tracking_get_today_settings (), "changed::today",
                                                G_CALLBACK (today_changed_cb), self);
      g_ptr_array_unref (self->items);
      self->items = compute (self);
    }
}

static void
pd_checks_class_init (PdChecksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pd_checks_constructed;
  object_class->dispose = pd_checks_dispose;
  object_class->finalize = pd_checks_finalize;
  object_class->get_property = pd_checks_get_property;
  object_class->set_property = pd_checks_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_checks_init (PdChecks *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The checks of @store, recomputed whenever it emits PdStore::changed. */
PdChecks *
pd_checks_new (PdStore *store)
{
  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  return g_object_new (PD_TYPE_CHECKS, "store", store, NULL);
}

PdStore *
pd_checks_get_store (PdChecks *self)
{
  g_return_val_if_fail (PD_IS_CHECKS (self), NULL);
  return self->store;
}

/* Recomputes the checks now and emits items-changed for the run of items
 * that differs, if any. PdStore::changed calls it. */
void
pd_checks_update (PdChecks *self)
{
  g_return_if_fail (PD_IS_CHECKS (self));
  replace_items (self, compute (self));
}
