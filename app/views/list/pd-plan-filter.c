/* pd-plan-filter.c — which programmes and projects a search and filters show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One PdPlanFilter serves every level of the list's tree: the root model
 * filters programmes (shown when any of their projects match), each
 * programme's child model filters its projects. A project matches when it
 * passes every criterion that is set:
 *
 *  - search text: every whitespace-separated term occurs in the project's
 *    title or in the name of one of its units (letters compared in lower
 *    case; Chinese compares as is);
 *  - unit and role: one of its assignments is of that unit (any unit when
 *    none is set) in that role (any role when the role is -1);
 *  - programme and status.
 *
 * Each project's searchable text — its title and unit names, folded to lower
 * case and joined by U+001F so that no term can match across two of them —
 * is built once and kept until the store reports an edit (PdStore::changed).
 * The result for each project is remembered until the criteria change, so
 * the programme level and the project level share the work. At 100 times
 * the bundled plan a keystroke re-filters in a few milliseconds.
 */
#define G_LOG_DOMAIN "pd-plan-filter"

#include "pd-config.h"

#include <string.h>

#include "pd-plan-filter.h"

#define FIELD_SEPARATOR '\x1f'

typedef struct
{
  char     *haystack;  /* built on first use */
  guint     serial;    /* of the criteria that gave @matches */
  gboolean  matches;
} Entry;

struct _PdPlanFilter
{
  GtkFilter    parent_instance;

  PdStore     *store;
  GHashTable  *entries;      /* PdProject (owned) → Entry */
  char        *search_text;
  GPtrArray   *terms;        /* of folded search terms */
  PdUnit      *unit;
  PdProgramme *programme;
  int          role;         /* a PdRole, or -1 */
  int          status;       /* a PdStatus, or -1 */
  guint        serial;
};

G_DEFINE_FINAL_TYPE (PdPlanFilter, pd_plan_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->haystack);
  g_free (entry);
}

/* Appends @text to @out with its letters in lower case. Simple case mapping
 * keeps one character for one character, so Chinese (which has no case) is
 * copied unchanged. When @offsets is set, it receives for every byte
 * appended the byte offset in @text of the character it came from. */
static void
fold_append (GString    *out,
             const char *text,
             GArray     *offsets)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint offset = (guint)(p - text);

      if ((guchar)*p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          if (offsets != NULL)
            g_array_append_val (offsets, offset);
        }
      else
        {
          char buf[6];
          int len = g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (p)), buf);

          g_string_append_len (out, buf, len);
          if (offsets != NULL)
            for (int i = 0; i < len; i++)
              g_array_append_val (offsets, offset);
        }
    }
}

/* The folded terms of @text, split at white space (the ideographic space
 * U+3000 included); NULL when there are none. */
static GPtrArray *
split_terms (const char *text)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  const char *p, *start = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  fold_append (folded, text, NULL);
  for (p = folded->str; ; p = g_utf8_next_char (p))
    {
      gboolean end = *p == '\0' || g_unichar_isspace (g_utf8_get_char (p));

      if (end && start != NULL)
        {
          g_ptr_array_add (terms, g_strndup (start, p - start));
          start = NULL;
        }
      else if (!end && start == NULL)
        start = p;
      if (*p == '\0')
        break;
    }

  return terms->len > 0 ? g_steal_pointer (&terms) : NULL;
}

/* TRUE when every term of @wider lies inside some term of @narrower: then
 * whatever @narrower matches, @wider matches too. */
static gboolean
terms_cover (GPtrArray *wider,
             GPtrArray *narrower)
{
  if (wider == NULL)
    return TRUE;
  if (narrower == NULL)
    return FALSE;
  for (guint i = 0; i < wider->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < narrower->len && !found; j++)
        found = strstr (g_ptr_array_index (narrower, j), g_ptr_array_index (wider, i)) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static void
append_field (GString    *haystack,
              const char *text)
{
  if (haystack->len > 0)
    g_string_append_c (haystack, FIELD_SEPARATOR);
  if (text == NULL)
    return;
  if (g_utf8_validate (text, -1, NULL))
    fold_append (haystack, text, NULL);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      fold_append (haystack, valid, NULL);
    }
}

static char *
build_haystack (PdProject *project)
{
  GListModel *assignments = pd_project_get_assignments (project);
  guint n_assignments = g_list_model_get_n_items (assignments);
  GString *haystack = g_string_sized_new (64 + 32 * n_assignments);

  append_field (haystack, pd_project_get_title (project));
  for (guint i = 0; i < n_assignments; i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      append_field (haystack, pd_unit_get_name (pd_assignment_get_unit (assignment)));
    }
  return g_string_free (haystack, FALSE);
}

static gboolean
match_assignments (PdPlanFilter *self,
                   PdProject    *project)
{
  GListModel *assignments = pd_project_get_assignments (project);
  guint n_assignments = g_list_model_get_n_items (assignments);

  for (guint i = 0; i < n_assignments; i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if ((self->unit == NULL || pd_assignment_get_unit (assignment) == self->unit) &&
          (self->role < 0 || (int)pd_assignment_get_role (assignment) == self->role))
        return TRUE;
    }
  return FALSE;
}

static gboolean
compute_match (PdPlanFilter *self,
               PdProject    *project,
               Entry        *entry)
{
  if (self->programme != NULL && pd_project_get_programme (project) != self->programme)
    return FALSE;
  if (self->status >= 0 && (int)pd_project_get_status (project) != self->status)
    return FALSE;
  if ((self->unit != NULL || self->role >= 0) && !match_assignments (self, project))
    return FALSE;
  if (self->terms != NULL)
    {
      if (entry->haystack == NULL)
        entry->haystack = build_haystack (project);
      for (guint i = 0; i < self->terms->len; i++)
        if (strstr (entry->haystack, g_ptr_array_index (self->terms, i)) == NULL)
          return FALSE;
    }
  return TRUE;
}

static gboolean
pd_plan_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  PdPlanFilter *self = PD_PLAN_FILTER (filter);

  if (PD_IS_PROJECT (item))
    return pd_plan_filter_match_project (self, item);
  if (PD_IS_PROGRAMME (item))
    return pd_plan_filter_match_programme (self, item);
  return TRUE;
}

static GtkFilterMatch
pd_plan_filter_get_strictness (GtkFilter *filter)
{
  return pd_plan_filter_is_active (PD_PLAN_FILTER (filter)) ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
store_changed_cb (PdPlanFilter *self,
                  PdStore      *store)
{
  pd_plan_filter_invalidate (self);
}

static void
pd_plan_filter_dispose (GObject *object)
{
  PdPlanFilter *self = (PdPlanFilter *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_object (&self->unit);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (pd_plan_filter_parent_class)->dispose (object);
}

static void
pd_plan_filter_finalize (GObject *object)
{
  PdPlanFilter *self = (PdPlanFilter *)object;

  g_free (self->search_text);
  g_clear_pointer (&self->terms, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_plan_filter_parent_class)->finalize (object);
}

static void
pd_plan_filter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PdPlanFilter *self = PD_PLAN_FILTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, pd_plan_filter_is_active (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_plan_filter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PdPlanFilter *self = PD_PLAN_FILTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      if (self->store != NULL)
        g_signal_connect_swapped (self->store, "changed", G_CALLBACK (store_changed_cb), self);
      break;
    case PROP_SEARCH_TEXT:
      pd_plan_filter_set_search_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_plan_filter_class_init (PdPlanFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = pd_plan_filter_dispose;
  object_class->finalize = pd_plan_filter_finalize;
  object_class->get_property = pd_plan_filter_get_property;
  object_class->set_property = pd_plan_filter_set_property;

  filter_class->match = pd_plan_filter_match;
  filter_class->get_strictness = pd_plan_filter_get_strictness;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_plan_filter_init (PdPlanFilter *self)
{
  self->entries = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, entry_free);
  self->role = -1;
  self->status = -1;
  self->serial = 1;
}

PdPlanFilter *
pd_plan_filter_new (PdStore *store)
{
  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  return g_object_new (PD_TYPE_PLAN_FILTER, "store", store, NULL);
}

PdStore *
pd_plan_filter_get_store (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), NULL);
  return self->store;
}

const char *
pd_plan_filter_get_search_text (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), NULL);
  return self->search_text ? self->search_text : "";
}

void
pd_plan_filter_set_search_text (PdPlanFilter *self,
                                const char   *text)
{
  g_return_if_fail (PD_IS_PLAN_FILTER (self));
  pd_plan_filter_set_criteria (self, text, self->unit, self->role, self->programme, self->status);
}

/* The unit whose projects are shown, or NULL for any unit. */
PdUnit *
pd_plan_filter_get_unit (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), NULL);
  return self->unit;
}

/* The role the unit must have (a PdRole), or -1 for any role. */
int
pd_plan_filter_get_role (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), -1);
  return self->role;
}

PdProgramme *
pd_plan_filter_get_programme (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), NULL);
  return self->programme;
}

int
pd_plan_filter_get_status (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), -1);
  return self->status;
}

/* How a criterion changed: bit 0 when it may now reject projects it passed,
 * bit 1 when it may now pass projects it rejected. */
enum {
  STRICTER = 1 << 0,
  LOOSER   = 1 << 1,
};

static guint
compare_choice (gconstpointer old_value,
                gconstpointer new_value,
                gboolean      old_any,
                gboolean      new_any)
{
  if (old_value == new_value && old_any == new_any)
    return 0;
  if (old_any)
    return STRICTER;
  if (new_any)
    return LOOSER;
  return STRICTER | LOOSER;
}

/**
 * pd_plan_filter_set_criteria:
 * @text: (nullable): the search text
 * @unit: (nullable): only projects with this unit
 * @role: a #PdRole the unit (or any unit, if @unit is %NULL) must have, or -1
 * @programme: (nullable): only projects of this programme
 * @status: a #PdStatus, or -1
 *
 * Sets every criterion at once and re-filters once, telling the filter
 * models whether the result can only shrink or only grow (as when a term
 * is typed on or erased), so they re-check as few items as they can.
 */
void
pd_plan_filter_set_criteria (PdPlanFilter *self,
                             const char   *text,
                             PdUnit       *unit,
                             int           role,
                             PdProgramme  *programme,
                             int           status)
{
  g_autoptr(GPtrArray) terms = NULL;
  gboolean was_active;
  guint change = 0;

  g_return_if_fail (PD_IS_PLAN_FILTER (self));
  g_return_if_fail (!unit || PD_IS_UNIT (unit));
  g_return_if_fail (!programme || PD_IS_PROGRAMME (programme));

  if (role < 0 || role >= PD_N_ROLES)
    role = -1;
  if (status < 0 || status >= PD_N_STATUSES)
    status = -1;

  terms = split_terms (text);
  if (!terms_cover (self->terms, terms))
    change |= LOOSER;
  if (!terms_cover (terms, self->terms))
    change |= STRICTER;

  /* Unit and role act together: (unit, role) is stricter than (any unit, role)
   * and than (unit, any role). */
  if (self->unit != unit)
    change |= compare_choice (self->unit, unit, self->unit == NULL, unit == NULL);
  if (self->role != role)
    change |= compare_choice (GINT_TO_POINTER (self->role), GINT_TO_POINTER (role),
                              self->role < 0, role < 0);
  change |= compare_choice (self->programme, programme, self->programme == NULL, programme == NULL);
  change |= compare_choice (GINT_TO_POINTER (self->status), GINT_TO_POINTER (status),
                            self->status < 0, status < 0);

  was_active = pd_plan_filter_is_active (self);

  if (g_strcmp0 (self->search_text, text) != 0)
    {
      g_free (self->search_text);
      self->search_text = g_strdup (text);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
    }
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  self->terms = g_steal_pointer (&terms);
  g_set_object (&self->unit, unit);
  g_set_object (&self->programme, programme);
  self->role = role;
  self->status = status;

  if (change == 0)
    return;

  self->serial++;
  gtk_filter_changed (GTK_FILTER (self),
                      change == STRICTER ? GTK_FILTER_CHANGE_MORE_STRICT :
                      change == LOOSER ? GTK_FILTER_CHANGE_LESS_STRICT :
                      GTK_FILTER_CHANGE_DIFFERENT);

  if (was_active != pd_plan_filter_is_active (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/* Whether the search text has a term to look for. */
gboolean
pd_plan_filter_has_search (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), FALSE);
  return self->terms != NULL;
}

/* Whether any criterion is set, so that some projects may be hidden. */
gboolean
pd_plan_filter_is_active (PdPlanFilter *self)
{
  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), FALSE);
  return self->terms != NULL || self->unit != NULL || self->role >= 0 ||
         self->programme != NULL || self->status >= 0;
}

gboolean
pd_plan_filter_match_project (PdPlanFilter *self,
                              PdProject    *project)
{
  Entry *entry;

  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), FALSE);
  g_return_val_if_fail (PD_IS_PROJECT (project), FALSE);

  if (!pd_plan_filter_is_active (self))
    return TRUE;

  entry = g_hash_table_lookup (self->entries, project);
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      g_hash_table_insert (self->entries, g_object_ref (project), entry);
    }
  if (entry->serial != self->serial)
    {
      entry->matches = compute_match (self, project, entry);
      entry->serial = self->serial;
    }
  return entry->matches;
}

/* A programme is shown when any of its projects match. */
gboolean
pd_plan_filter_match_programme (PdPlanFilter *self,
                                PdProgramme  *programme)
{
  GListModel *projects;
  guint n_projects;

  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), FALSE);
  g_return_val_if_fail (PD_IS_PROGRAMME (programme), FALSE);

  if (!pd_plan_filter_is_active (self))
    return TRUE;
  if (self->programme != NULL && programme != self->programme)
    return FALSE;

  projects = pd_programme_get_projects (programme);
  n_projects = g_list_model_get_n_items (projects);
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(PdProject) project = g_list_model_get_item (projects, i);

      if (pd_plan_filter_match_project (self, project))
        return TRUE;
    }
  return FALSE;
}

/* How many projects of the whole plan match. */
guint
pd_plan_filter_count_projects (PdPlanFilter *self)
{
  GListModel *programmes;
  guint n_programmes, count = 0;

  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), 0);

  if (!pd_plan_filter_is_active (self))
    return pd_store_get_n_projects (self->store);

  programmes = pd_store_get_programmes (self->store);
  n_programmes = g_list_model_get_n_items (programmes);
  for (guint i = 0; i < n_programmes; i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      guint n_projects = g_list_model_get_n_items (projects);

      if (self->programme != NULL && programme != self->programme)
        continue;
      for (guint j = 0; j < n_projects; j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);

          count += pd_plan_filter_match_project (self, project);
        }
    }
  return count;
}

/* Forgets every project's searchable text and result: call it when titles
 * or units changed. The store's PdStore::changed does it by itself. */
void
pd_plan_filter_invalidate (PdPlanFilter *self)
{
  g_return_if_fail (PD_IS_PLAN_FILTER (self));

  g_hash_table_remove_all (self->entries);
  self->serial++;
  if (pd_plan_filter_is_active (self))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const PdTextRange *ra = a, *rb = b;

  return ra->start < rb->start ? -1 : ra->start > rb->start;
}

/**
 * pd_plan_filter_find_matches:
 * @text: a text shown for a project, such as its title
 *
 * Finds where the search terms occur in @text, compared as the filter
 * compares them, for highlighting.
 *
 * Returns: (transfer full) (nullable): the byte ranges of @text that match,
 *   in order and not overlapping, as #PdTextRange; %NULL when none do
 */
GArray *
pd_plan_filter_find_matches (PdPlanFilter *self,
                             const char   *text)
{
  g_autoptr(GString) folded = NULL;
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GArray) ranges = NULL;
  guint n_merged = 0;

  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), NULL);

  if (self->terms == NULL || text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return NULL;

  folded = g_string_sized_new (strlen (text));
  offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint), strlen (text) + 1);
  fold_append (folded, text, offsets);
  {
    guint end = (guint)strlen (text);

    g_array_append_val (offsets, end);
  }

  ranges = g_array_new (FALSE, FALSE, sizeof (PdTextRange));
  for (guint i = 0; i < self->terms->len; i++)
    {
      const char *term = g_ptr_array_index (self->terms, i);
      gsize term_len = strlen (term);

      for (const char *hit = strstr (folded->str, term); hit != NULL; hit = strstr (hit + 1, term))
        {
          gsize start = hit - folded->str;
          PdTextRange range;

          /* Map back to @text: the first byte of the first character, and the
           * end of the last character. */
          range.start = g_array_index (offsets, guint, start);
          range.end = g_array_index (offsets, guint, start + term_len);
          if (start + term_len < folded->len)
            {
              /* A folded character may span several bytes that all map to the
               * same source offset; the end is where the next one starts. */
              gsize next = start + term_len;

              while (next < folded->len && g_array_index (offsets, guint, next) == g_array_index (offsets, guint, next - 1))
                next++;
              range.end = g_array_index (offsets, guint, next);
            }
          if (range.end > range.start)
            g_array_append_val (ranges, range);
        }
    }

  if (ranges->len == 0)
    return NULL;

  g_array_sort (ranges, compare_ranges);
  for (guint i = 0; i < ranges->len; i++)
    {
      PdTextRange *range = &g_array_index (ranges, PdTextRange, i);
      PdTextRange *last = n_merged > 0 ? &g_array_index (ranges, PdTextRange, n_merged - 1) : NULL;

      if (last != NULL && range->start <= last->end)
        last->end = MAX (last->end, range->end);
      else
        g_array_index (ranges, PdTextRange, n_merged++) = *range;
    }
  g_array_set_size (ranges, n_merged);
  return g_steal_pointer (&ranges);
}

static GListModel *
create_projects_model_cb (gpointer item,
                          gpointer user_data)
{
  PdPlanFilter *self = user_data;

  if (!PD_IS_PROGRAMME (item))
    return NULL;
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (pd_programme_get_projects (item)),
                                                  GTK_FILTER (g_object_ref (self))));
}

/**
 * pd_plan_filter_create_tree_model:
 *
 * Builds the list's tree: the store's programmes that match, each expanding
 * to its projects that match, all filtered by @self. Rows are collapsed.
 *
 * Returns: (transfer full): a new #GtkTreeListModel
 */
GtkTreeListModel *
pd_plan_filter_create_tree_model (PdPlanFilter *self)
{
  GtkFilterListModel *root;

  g_return_val_if_fail (PD_IS_PLAN_FILTER (self), NULL);

  root = gtk_filter_list_model_new (g_object_ref (pd_store_get_programmes (self->store)),
                                    GTK_FILTER (g_object_ref (self)));
  return gtk_tree_list_model_new (G_LIST_MODEL (root), FALSE, FALSE,
                                  create_projects_model_cb, g_object_ref (self), g_object_unref);
}

#define EXPANDED_BEFORE_KEY "pd-plan-filter-expanded-before"

static gboolean
criteria_active (const char  *text,
                 PdUnit      *unit,
                 int          role,
                 PdProgramme *programme,
                 int          status)
{
  g_autoptr(GPtrArray) terms = split_terms (text);

  return terms != NULL || unit != NULL || (role >= 0 && role < PD_N_ROLES) ||
         programme != NULL || (status >= 0 && status < PD_N_STATUSES);
}

/**
 * pd_plan_filter_apply:
 * @tree: a tree made by pd_plan_filter_create_tree_model()
 *
 * Sets the criteria as pd_plan_filter_set_criteria() does, and expands the
 * rows of @tree as the list shows them: while any criterion is set, every
 * programme row is expanded (also those that come into view as the search
 * changes); when none is set any more, the programmes expanded before the
 * first criterion was set are expanded again and the others collapsed.
 */
void
pd_plan_filter_apply (PdPlanFilter     *self,
                      GtkTreeListModel *tree,
                      const char       *text,
                      PdUnit           *unit,
                      int               role,
                      PdProgramme      *programme,
                      int               status)
{
  gboolean was_active, will_be_active;

  g_return_if_fail (PD_IS_PLAN_FILTER (self));
  g_return_if_fail (GTK_IS_TREE_LIST_MODEL (tree));

  was_active = pd_plan_filter_is_active (self);
  will_be_active = criteria_active (text, unit, role, programme, status);

  if (!was_active && will_be_active)
    {
      GListModel *root = gtk_tree_list_model_get_model (tree);
      guint n_items = g_list_model_get_n_items (root);
      GHashTable *expanded = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (tree, i);

          if (row != NULL && gtk_tree_list_row_get_expanded (row))
            g_hash_table_add (expanded, gtk_tree_list_row_get_item (row));
        }
      g_object_set_data_full (G_OBJECT (tree), EXPANDED_BEFORE_KEY, expanded,
                              (GDestroyNotify)g_hash_table_unref);
      gtk_tree_list_model_set_autoexpand (tree, TRUE);
    }
  else if (was_active && !will_be_active)
    gtk_tree_list_model_set_autoexpand (tree, FALSE);

  pd_plan_filter_set_criteria (self, text, unit, role, programme, status);

  if (!was_active && will_be_active)
    pd_plan_tree_expand_all (tree);
  else if (was_active && !will_be_active)
    {
      GHashTable *expanded = g_object_get_data (G_OBJECT (tree), EXPANDED_BEFORE_KEY);
      GListModel *root = gtk_tree_list_model_get_model (tree);
      guint n_items = g_list_model_get_n_items (root);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (tree, i);
          g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

          if (row != NULL)
            gtk_tree_list_row_set_expanded (row, expanded != NULL && g_hash_table_contains (expanded, item));
        }
      g_object_set_data (G_OBJECT (tree), EXPANDED_BEFORE_KEY, NULL);
    }
}

/* Expands every programme row of @tree. */
void
pd_plan_tree_expand_all (GtkTreeListModel *tree)
{
  GListModel *root;
  guint n_items;

  g_return_if_fail (GTK_IS_TREE_LIST_MODEL (tree));

  root = gtk_tree_list_model_get_model (tree);
  n_items = g_list_model_get_n_items (root);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (tree, i);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* Sorters for the list's columns. They compare the items of one level of
 * the tree — programmes with programmes, projects with projects — and are
 * meant to be wrapped in a GtkTreeListRowSorter. */

static int
compare_number_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GObject *item_a = G_OBJECT (a), *item_b = G_OBJECT (b);

  if (PD_IS_PROJECT (item_a) && PD_IS_PROJECT (item_b))
    return gtk_ordering_from_cmpfunc (pd_project_get_number (PD_PROJECT (item_a)) -
                                      pd_project_get_number (PD_PROJECT (item_b)));
  if (PD_IS_PROGRAMME (item_a) && PD_IS_PROGRAMME (item_b))
    return gtk_ordering_from_cmpfunc (pd_programme_get_position (PD_PROGRAMME (item_a)) -
                                      pd_programme_get_position (PD_PROGRAMME (item_b)));
  return gtk_ordering_from_cmpfunc (PD_IS_PROJECT (item_a) - PD_IS_PROJECT (item_b));
}

/* Projects by number, programmes by their place in the plan. */
GtkSorter *
pd_plan_sorter_new_number (void)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_number_cb, NULL, NULL));
}

static char *
dup_item_title (GObject *item)
{
  if (PD_IS_PROJECT (item))
    return g_strdup (pd_project_get_title (PD_PROJECT (item)));
  if (PD_IS_PROGRAMME (item))
    return g_strdup (pd_programme_get_title (PD_PROGRAMME (item)));
  return NULL;
}

/* Projects and programmes by title, in the collation of the locale. */
GtkSorter *
pd_plan_sorter_new_title (void)
{
  GtkExpression *expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                           G_CALLBACK (dup_item_title), NULL, NULL);

  return GTK_SORTER (gtk_string_sorter_new (expression));
}

static int
compare_status_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GObject *item_a = G_OBJECT (a), *item_b = G_OBJECT (b);

  if (PD_IS_PROJECT (item_a) && PD_IS_PROJECT (item_b))
    return gtk_ordering_from_cmpfunc ((int)pd_project_get_status (PD_PROJECT (item_a)) -
                                      (int)pd_project_get_status (PD_PROJECT (item_b)));
  return compare_number_cb (a, b, user_data);
}

/* Projects by status (planned, active, done, suspended); programmes stay in
 * their order. Ties keep the rows' order. */
GtkSorter *
pd_plan_sorter_new_status (void)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_status_cb, NULL, NULL));
}
