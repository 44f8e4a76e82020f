/* pd-unit-load.c — what the plan asks of each unit, counted without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Units mode's figures, apart from the widgets that show them so that
 * they are tested without a display. A PdUnitLoad is one unit with how many
 * projects it leads, cooperates on and is responsible for, its assignments
 * in document order, the collective units it is a member of and the units
 * it replaced. PdUnitLoads keeps one per unit of a store (a GListModel, in
 * the store's unit order): it follows the store's units as they come and
 * go, and counts every load again in one pass over every project's
 * assignments on PdStore::changed; only the loads whose figures moved emit
 * ::counts-changed, then the collection emits ::recounted.
 *
 * Sorting by load puts the heaviest first; ties keep the store's order.
 */
#define G_LOG_DOMAIN "pd-unit-load"

#include "pd-config.h"

#include <string.h>

#include "pd-unit-load.h"
#include "store/pd-programme.h"
#include "store/pd-project.h"

/* PdUnitLoad */

struct _PdUnitLoad
{
  GObject     parent_instance;

  PdUnit     *unit;
  char       *collate_key;   /* of the name, for sorting */
  char       *folded_name;   /* of the name and short name, for searching */
  GPtrArray  *assignments;   /* of PdAssignment, in document order */
  GPtrArray  *collectives;   /* of PdUnit (borrowed): the collectives it is a member of */
  GPtrArray  *predecessors;  /* of PdUnit (borrowed): the units it replaced */
  guint       counts[PD_N_ROLES];
};

G_DEFINE_FINAL_TYPE (PdUnitLoad, pd_unit_load, G_TYPE_OBJECT)

enum {
  LOAD_COUNTS_CHANGED,
  N_LOAD_SIGNALS
};

static guint load_signals[N_LOAD_SIGNALS];

static void
pd_unit_load_update_name (PdUnitLoad *self)
{
  const char *name = pd_unit_get_name (self->unit);
  const char *short_name = pd_unit_get_short_name (self->unit);
  g_autofree char *searchable = g_strconcat (name ? name : "", "\n",
                                             short_name ? short_name : "", NULL);

  g_free (self->collate_key);
  g_free (self->folded_name);
  self->collate_key = g_utf8_collate_key (name ? name : "", -1);
  self->folded_name = g_utf8_casefold (searchable, -1);
}

static void
pd_unit_load_finalize (GObject *object)
{
  PdUnitLoad *self = (PdUnitLoad *)object;

  g_clear_object (&self->unit);
  g_clear_pointer (&self->assignments, g_ptr_array_unref);
  g_clear_pointer (&self->collectives, g_ptr_array_unref);
  g_clear_pointer (&self->predecessors, g_ptr_array_unref);
  g_free (self->collate_key);
  g_free (self->folded_name);

  G_OBJECT_CLASS (pd_unit_load_parent_class)->finalize (object);
}

static void
pd_unit_load_class_init (PdUnitLoadClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_unit_load_finalize;

  /**
   * PdUnitLoad::counts-changed:
   *
   * Emitted when a recount moved any of the load's counts.
   */
  load_signals[LOAD_COUNTS_CHANGED] =
    g_signal_new ("counts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_unit_load_init (PdUnitLoad *self)
{
  self->assignments = g_ptr_array_new_with_free_func (g_object_unref);
  self->collectives = g_ptr_array_new ();
  self->predecessors = g_ptr_array_new ();
}

/* A load of nothing yet: PdUnitLoads counts it. */
PdUnitLoad *
pd_unit_load_new (PdUnit *unit)
{
  PdUnitLoad *self;

  g_return_val_if_fail (PD_IS_UNIT (unit), NULL);

  self = g_object_new (PD_TYPE_UNIT_LOAD, NULL);
  self->unit = g_object_ref (unit);
  pd_unit_load_update_name (self);
  return self;
}

PdUnit *
pd_unit_load_get_unit (PdUnitLoad *self)
{
  g_return_val_if_fail (PD_IS_UNIT_LOAD (self), NULL);
  return self->unit;
}

/* How many projects the unit has in @role. */
guint
pd_unit_load_get_count (PdUnitLoad *self,
                        PdRole      role)
{
  g_return_val_if_fail (PD_IS_UNIT_LOAD (self), 0);
  g_return_val_if_fail (role < PD_N_ROLES, 0);
  return self->counts[role];
}

/* How many projects the unit is on, in any role. */
guint
pd_unit_load_get_total (PdUnitLoad *self)
{
  guint total = 0;

  g_return_val_if_fail (PD_IS_UNIT_LOAD (self), 0);
  for (guint r = 0; r < PD_N_ROLES; r++)
    total += self->counts[r];
  return total;
}

/* The unit's assignments (PdAssignment), in the document's order. */
GPtrArray *
pd_unit_load_get_assignments (PdUnitLoad *self)
{
  g_return_val_if_fail (PD_IS_UNIT_LOAD (self), NULL);
  return self->assignments;
}

/* The collective units (PdUnit) the unit is a member of. */
GPtrArray *
pd_unit_load_get_collectives (PdUnitLoad *self)
{
  g_return_val_if_fail (PD_IS_UNIT_LOAD (self), NULL);
  return self->collectives;
}

/* The units (PdUnit) whose successor the unit is. */
GPtrArray *
pd_unit_load_get_predecessors (PdUnitLoad *self)
{
  g_return_val_if_fail (PD_IS_UNIT_LOAD (self), NULL);
  return self->predecessors;
}

/* Whether the unit's name or short name holds @folded (casefolded), anywhere. */
gboolean
pd_unit_load_matches (PdUnitLoad *self,
                      const char *folded)
{
  g_return_val_if_fail (PD_IS_UNIT_LOAD (self), FALSE);
  return folded == NULL || strstr (self->folded_name, folded) != NULL;
}

/* By name, as the locale sorts them. */
int
pd_unit_load_compare_names (PdUnitLoad *a,
                            PdUnitLoad *b)
{
  int order = strcmp (a->collate_key, b->collate_key);

  return (order > 0) - (order < 0);
}

/* The heavier load first: by the count of @role, or of every role
 * (PD_N_ROLES); 0 for a tie, which a stable sort keeps in order. */
int
pd_unit_load_compare_counts (PdUnitLoad *a,
                             PdUnitLoad *b,
                             PdRole      role)
{
  guint count_a = role < PD_N_ROLES ? a->counts[role] : pd_unit_load_get_total (a);
  guint count_b = role < PD_N_ROLES ? b->counts[role] : pd_unit_load_get_total (b);

  return (count_a < count_b) - (count_a > count_b);
}

/* PdUnitLoads */

struct _PdUnitLoads
{
  GObject      parent_instance;

  PdStore     *store;
  GListStore  *loads;     /* of PdUnitLoad, in the store's unit order */
  GHashTable  *by_unit;   /* PdUnit → PdUnitLoad (borrowed) */
  GHashTable  *handlers;  /* PdUnit → its notify handler ids (gulong[2]) */
};

static void pd_unit_loads_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdUnitLoads, pd_unit_loads, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pd_unit_loads_list_model_init))

enum {
  RENAMED,
  KIND_CHANGED,
  RECOUNTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
pd_unit_loads_get_item_type (GListModel *model)
{
  return PD_TYPE_UNIT_LOAD;
}

static guint
pd_unit_loads_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (PD_UNIT_LOADS (model)->loads));
}

static gpointer
pd_unit_loads_get_item (GListModel *model,
                        guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (PD_UNIT_LOADS (model)->loads), position);
}

static void
pd_unit_loads_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pd_unit_loads_get_item_type;
  iface->get_n_items = pd_unit_loads_get_n_items;
  iface->get_item = pd_unit_loads_get_item;
}

static void
unit_name_changed_cb (PdUnit      *unit,
                      GParamSpec  *pspec,
                      PdUnitLoads *self)
{
  PdUnitLoad *load = g_hash_table_lookup (self->by_unit, unit);

  if (load == NULL)
    return;
  pd_unit_load_update_name (load);
  g_signal_emit (self, signals[RENAMED], 0, load);
}

static void
unit_kind_changed_cb (PdUnit      *unit,
                      GParamSpec  *pspec,
                      PdUnitLoads *self)
{
  PdUnitLoad *load = g_hash_table_lookup (self->by_unit, unit);

  if (load != NULL)
    g_signal_emit (self, signals[KIND_CHANGED], 0, load);
}

static void
disconnect_unit (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  gulong *ids = value;

  g_signal_handler_disconnect (key, ids[0]);
  g_signal_handler_disconnect (key, ids[1]);
}

static void
units_items_changed_cb (GListModel  *units,
                        guint        position,
                        guint        removed,
                        guint        added,
                        PdUnitLoads *self)
{
  g_autoptr(GPtrArray) new_loads = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < removed; i++)
    {
      g_autoptr(PdUnitLoad) load = g_list_model_get_item (G_LIST_MODEL (self->loads), position + i);
      gulong *ids = g_hash_table_lookup (self->handlers, load->unit);

      if (ids != NULL)
        {
          disconnect_unit (load->unit, ids, NULL);
          g_hash_table_remove (self->handlers, load->unit);
        }
      g_hash_table_remove (self->by_unit, load->unit);
    }
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, position + i);
      PdUnitLoad *load = pd_unit_load_new (unit);
      gulong *ids = g_new (gulong, 2);

      ids[0] = g_signal_connect (unit, "notify::name", G_CALLBACK (unit_name_changed_cb), self);
      ids[1] = g_signal_connect (unit, "notify::kind", G_CALLBACK (unit_kind_changed_cb), self);
      g_hash_table_insert (self->handlers, unit, ids);
      g_hash_table_insert (self->by_unit, unit, load);
      g_ptr_array_add (new_loads, load);
    }
  /* The list store tells our own items-changed, position for position. */
  g_list_store_splice (self->loads, position, removed, new_loads->pdata, new_loads->len);
}

static void
loads_items_changed_cb (GListModel  *loads,
                        guint        position,
                        guint        removed,
                        guint        added,
                        PdUnitLoads *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
store_changed_cb (PdStore     *store,
                  PdUnitLoads *self)
{
  pd_unit_loads_recount (self);
}

static void
clear_store (PdUnitLoads *self)
{
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (pd_store_get_units (self->store), self);
    }
  g_hash_table_foreach (self->handlers, disconnect_unit, NULL);
  g_hash_table_remove_all (self->handlers);
  g_hash_table_remove_all (self->by_unit);
  g_clear_object (&self->store);
}

static void
pd_unit_loads_dispose (GObject *object)
{
  PdUnitLoads *self = (PdUnitLoads *)object;

  clear_store (self);
  if (self->loads != NULL)
    g_signal_handlers_disconnect_by_data (self->loads, self);
  g_clear_object (&self->loads);

  G_OBJECT_CLASS (pd_unit_loads_parent_class)->dispose (object);
}

static void
pd_unit_loads_finalize (GObject *object)
{
  PdUnitLoads *self = (PdUnitLoads *)object;

  g_hash_table_unref (self->by_unit);
  g_hash_table_unref (self->handlers);

  G_OBJECT_CLASS (pd_unit_loads_parent_class)->finalize (object);
}

static void
pd_unit_loads_class_init (PdUnitLoadsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_unit_loads_dispose;
  object_class->finalize = pd_unit_loads_finalize;

  /**
   * PdUnitLoads::renamed:
   * @load: the load of the unit renamed
   *
   * A unit's name changed; its load sorts and matches by the new one.
   */
  signals[RENAMED] =
    g_signal_new ("renamed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_UNIT_LOAD);

  /**
   * PdUnitLoads::kind-changed:
   * @load: the load of the unit
   */
  signals[KIND_CHANGED] =
    g_signal_new ("kind-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_UNIT_LOAD);

  /**
   * PdUnitLoads::recounted:
   * @moved: whether any count moved
   *
   * Every load was counted again (after ::counts-changed on those that moved).
   */
  signals[RECOUNTED] =
    g_signal_new ("recounted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
pd_unit_loads_init (PdUnitLoads *self)
{
  self->loads = g_list_store_new (PD_TYPE_UNIT_LOAD);
  self->by_unit = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->handlers = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_signal_connect (self->loads, "items-changed", G_CALLBACK (loads_items_changed_cb), self);
}

PdUnitLoads *
pd_unit_loads_new (void)
{
  return g_object_new (PD_TYPE_UNIT_LOADS, NULL);
}

/* Follows @store's units (NULL: none) and counts their loads. */
void
pd_unit_loads_set_store (PdUnitLoads *self,
                         PdStore     *store)
{
  GListModel *units;

  g_return_if_fail (PD_IS_UNIT_LOADS (self));
  g_return_if_fail (store == NULL || PD_IS_STORE (store));

  if (self->store == store)
    return;
  clear_store (self);
  g_list_store_remove_all (self->loads);
  if (store == NULL)
    return;

  self->store = g_object_ref (store);
  units = pd_store_get_units (store);
  g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  g_signal_connect (units, "items-changed", G_CALLBACK (units_items_changed_cb), self);
  units_items_changed_cb (units, 0, 0, g_list_model_get_n_items (units), self);
  pd_unit_loads_recount (self);
}

PdStore *
pd_unit_loads_get_store (PdUnitLoads *self)
{
  g_return_val_if_fail (PD_IS_UNIT_LOADS (self), NULL);
  return self->store;
}

/* The load of @unit, NULL when it is not in the store. */
PdUnitLoad *
pd_unit_loads_lookup (PdUnitLoads *self,
                      PdUnit      *unit)
{
  g_return_val_if_fail (PD_IS_UNIT_LOADS (self), NULL);

  if (unit == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_unit, unit);
}

/* Counts every load again from the store's projects, its collectives'
 * members and its units' successors. Returns whether any count moved. */
gboolean
pd_unit_loads_recount (PdUnitLoads *self)
{
  GListModel *loads = G_LIST_MODEL (self->loads);
  GListModel *programmes;
  guint n_loads;
  g_autofree guint *before = NULL;
  gboolean any_changed = FALSE;

  g_return_val_if_fail (PD_IS_UNIT_LOADS (self), FALSE);

  if (self->store == NULL)
    return FALSE;

  n_loads = g_list_model_get_n_items (loads);
  before = g_new (guint, (gsize)n_loads * PD_N_ROLES + 1);
  for (guint i = 0; i < n_loads; i++)
    {
      g_autoptr(PdUnitLoad) load = g_list_model_get_item (loads, i);

      memcpy (&before[i * PD_N_ROLES], load->counts, sizeof load->counts);
      memset (load->counts, 0, sizeof load->counts);
      g_ptr_array_set_size (load->assignments, 0);
      g_ptr_array_set_size (load->collectives, 0);
      g_ptr_array_set_size (load->predecessors, 0);
    }

  programmes = pd_store_get_programmes (self->store);
  for (guint i = 0, n = g_list_model_get_n_items (programmes); i < n; i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0, n_projects = g_list_model_get_n_items (projects); j < n_projects; j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          GListModel *assignments = pd_project_get_assignments (project);
          guint n_assignments = g_list_model_get_n_items (assignments);

          for (guint k = 0; k < n_assignments; k++)
            {
              PdAssignment *assignment = g_list_model_get_item (assignments, k);
              PdUnitLoad *load = pd_unit_loads_lookup (self, pd_assignment_get_unit (assignment));
              PdRole role = pd_assignment_get_role (assignment);

              if (load == NULL || role >= PD_N_ROLES)
                {
                  g_object_unref (assignment);
                  continue;
                }
              load->counts[role]++;
              g_ptr_array_add (load->assignments, assignment);  /* takes the reference */
            }
        }
    }

  for (guint i = 0; i < n_loads; i++)
    {
      g_autoptr(PdUnitLoad) load = g_list_model_get_item (loads, i);
      PdUnitLoad *successor_load = pd_unit_loads_lookup (self, pd_unit_get_successor (load->unit));

      if (successor_load != NULL)
        g_ptr_array_add (successor_load->predecessors, load->unit);

      if (pd_unit_get_collective (load->unit))
        {
          GListModel *members = pd_unit_get_members (load->unit);

          for (guint j = 0, n = g_list_model_get_n_items (members); j < n; j++)
            {
              g_autoptr(PdUnit) member = g_list_model_get_item (members, j);
              PdUnitLoad *member_load = pd_unit_loads_lookup (self, member);

              if (member_load != NULL)
                g_ptr_array_add (member_load->collectives, load->unit);
            }
        }
    }

  for (guint i = 0; i < n_loads; i++)
    {
      g_autoptr(PdUnitLoad) load = g_list_model_get_item (loads, i);

      if (memcmp (&before[i * PD_N_ROLES], load->counts, sizeof load->counts) != 0)
        {
          g_signal_emit (load, load_signals[LOAD_COUNTS_CHANGED], 0);
          any_changed = TRUE;
        }
    }
  g_signal_emit (self, signals[RECOUNTED], 0, any_changed);
  return any_changed;
}

static int
compare_by_load (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return pd_unit_load_compare_counts (*(PdUnitLoad **)a, *(PdUnitLoad **)b, GPOINTER_TO_UINT (user_data));
}

/* The loads, heaviest first by the count of @role (PD_N_ROLES: of every
 * role), ties in the store's order: the order the unit list shows when
 * sorted by that column. */
GPtrArray *
pd_unit_loads_dup_by_load (PdUnitLoads *self,
                           PdRole       role)
{
  GListModel *loads;
  GPtrArray *sorted;
  guint n;

  g_return_val_if_fail (PD_IS_UNIT_LOADS (self), NULL);
  g_return_val_if_fail (role <= PD_N_ROLES, NULL);

  loads = G_LIST_MODEL (self->loads);
  n = g_list_model_get_n_items (loads);
  sorted = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (loads, i));
  /* g_ptr_array_sort_with_data() is a stable merge sort. */
  g_ptr_array_sort_with_data (sorted, compare_by_load, GUINT_TO_POINTER (role));
  return sorted;
}
