/* test-timeline-layout.c — the timeline's rows and geometry, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PdTimelineLayout on the bundled plan (12 programmes, 68 projects, every
 * project 2013-01-01 – 2022-12-31, all planned), "today" 2016-06-30. The
 * axis is 961 px wide, so that "fit" is exactly a quarter of a pixel per
 * day over the ten years (3,652 days plus 24 px padding each side).
 */
#define G_LOG_DOMAIN "test-timeline-layout"

#include "pd-config.h"

#include <glib.h>

#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "views/timeline/pd-timeline-data.h"
#include "views/timeline/pd-timeline-layout.h"

#define TODAY "2016-06-30"
#define WIDTH 961.0

typedef struct
{
  PdStore          *store;
  PdTimelineAxis   *axis;
  PdTimelineLayout *layout;
} Fixture;

static guint32
day (int year,
     int month,
     int mday)
{
  return pd_timeline_day_from_ymd (year, month, mday);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = pd_test_open_bundled ();
  f->axis = pd_timeline_axis_new ();
  pd_timeline_axis_set_width (f->axis, WIDTH);
  f->layout = pd_timeline_layout_new (f->axis);
  pd_timeline_layout_set_today (f->layout, TODAY);
  pd_timeline_layout_set_period (f->layout, pd_store_get_period_start (f->store),
                                 pd_store_get_period_end (f->store));
  pd_timeline_layout_rebuild (f->layout, pd_store_get_programmes (f->store));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->layout, pd_timeline_layout_free);
  g_clear_object (&f->axis);
  g_clear_object (&f->store);
}

static PdProgramme *
programme (Fixture *f,
           guint    position)
{
  g_autoptr(PdProgramme) p = g_list_model_get_item (pd_store_get_programmes (f->store), position);

  g_assert_nonnull (p);
  return p;  /* the store keeps it */
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  PdTimelineRow *row;

  g_assert_cmpuint (pd_timeline_layout_get_period_start (f->layout), ==, day (2013, 1, 1));
  g_assert_cmpuint (pd_timeline_layout_get_period_end (f->layout), ==, day (2022, 12, 31));
  g_assert_cmpuint (pd_timeline_layout_get_n_rows (f->layout), ==, 12 + 68);

  /* 一、法治广州建设工程 with its 8 projects, then 二 at row 9 */
  row = pd_timeline_layout_get_row (f->layout, 0);
  g_assert_null (row->project);
  g_assert_cmpstr (pd_programme_get_numeral (row->programme), ==, "一");
  g_assert_cmpuint (row->n_projects, ==, 8);
  g_assert_cmpuint (row->n_lights[PD_TRAFFIC_LIGHT_GREY], ==, 8);
  g_assert_cmpuint (row->start, ==, day (2013, 1, 1));
  g_assert_cmpuint (row->due, ==, day (2022, 12, 31));
  row = pd_timeline_layout_get_row (f->layout, 5);
  g_assert_cmpint (pd_project_get_number (row->project), ==, 5);
  g_assert_cmpint (row->light, ==, PD_TRAFFIC_LIGHT_GREY);
  g_assert_cmpint (pd_timeline_layout_find_project (f->layout, row->project), ==, 5);
  row = pd_timeline_layout_get_row (f->layout, 9);
  g_assert_null (row->project);
  g_assert_cmpstr (pd_programme_get_numeral (row->programme), ==, "二");
  g_assert_cmpuint (row->n_projects, ==, 7);
  g_assert_cmpint (pd_timeline_layout_find_programme (f->layout, row->programme), ==, 9);
  /* 五 has eleven projects */
  g_assert_cmpuint (pd_timeline_layout_get_row (f->layout, pd_timeline_layout_find_programme (f->layout,
                                                                                        programme (f, 4)))->n_projects,
                    ==, 11);
  row = pd_timeline_layout_get_row (f->layout, 79);
  g_assert_cmpint (pd_project_get_number (row->project), ==, 68);
  g_assert_null (pd_timeline_layout_get_row (f->layout, 80));
  g_assert_null (pd_timeline_layout_get_row (f->layout, -1));

  /* The axis spans the years of the projects and today. */
  g_assert_cmpuint (pd_timeline_axis_get_first_day (f->axis), ==, day (2013, 1, 1));
  g_assert_cmpuint (pd_timeline_axis_get_last_day (f->axis), ==, day (2022, 12, 31));
  g_assert_cmpfloat (pd_timeline_layout_get_rows_height (f->layout), ==, 80 * 32.0 + 24.0);
}

static void
test_collapse (Fixture       *f,
               gconstpointer  data)
{
  PdProgramme *first = programme (f, 0);
  PdProject *p1 = pd_store_find_project_by_number (f->store, 1);
  PdProject *p9 = pd_store_find_project_by_number (f->store, 9);
  PdTimelineRow *row;

  g_assert_true (pd_timeline_layout_set_collapsed (f->layout, first, TRUE));
  g_assert_false (pd_timeline_layout_set_collapsed (f->layout, first, TRUE));
  g_assert_true (pd_timeline_layout_get_collapsed (f->layout, first));
  pd_timeline_layout_rebuild (f->layout, pd_store_get_programmes (f->store));

  /* 一's eight project rows are gone; its own row still sums them up. */
  g_assert_cmpuint (pd_timeline_layout_get_n_rows (f->layout), ==, 80 - 8);
  row = pd_timeline_layout_get_row (f->layout, 0);
  g_assert_true (row->programme == first);
  g_assert_cmpuint (row->n_projects, ==, 8);
  g_assert_cmpuint (row->n_lights[PD_TRAFFIC_LIGHT_GREY], ==, 8);
  g_assert_cmpuint (row->due, ==, day (2022, 12, 31));
  row = pd_timeline_layout_get_row (f->layout, 1);
  g_assert_null (row->project);
  g_assert_cmpstr (pd_programme_get_numeral (row->programme), ==, "二");
  g_assert_cmpint (pd_timeline_layout_find_project (f->layout, p1), ==, -1);
  g_assert_cmpint (pd_timeline_layout_find_project (f->layout, p9), ==, 2);

  /* The row at a given height is the one after the collapsed programme. */
  g_assert_cmpint (pd_timeline_layout_row_at_y (f->layout, PD_TIMELINE_HEADER_H + 2 * 32.0 + 1, 0.0), ==, 2);

  g_assert_true (pd_timeline_layout_set_collapsed (f->layout, first, FALSE));
  pd_timeline_layout_rebuild (f->layout, pd_store_get_programmes (f->store));
  g_assert_cmpuint (pd_timeline_layout_get_n_rows (f->layout), ==, 80);
  g_assert_cmpint (pd_timeline_layout_find_project (f->layout, p1), ==, 1);

  pd_timeline_layout_set_collapsed (f->layout, first, TRUE);
  pd_timeline_layout_set_collapsed (f->layout, programme (f, 11), TRUE);
  pd_timeline_layout_rebuild (f->layout, pd_store_get_programmes (f->store));
  g_assert_cmpuint (pd_timeline_layout_get_n_rows (f->layout), ==, 80 - 8 - 5);
  pd_timeline_layout_expand_all (f->layout);
  pd_timeline_layout_rebuild (f->layout, pd_store_get_programmes (f->store));
  g_assert_cmpuint (pd_timeline_layout_get_n_rows (f->layout), ==, 80);
}

static void
test_date_x (Fixture       *f,
             gconstpointer  data)
{
  /* Fit: 0.25 px a day, the first day 24 px into the chart, which starts
   * after the 320 px of names. */
  g_assert_true (pd_timeline_axis_get_fit (f->axis));
  g_assert_cmpfloat_with_epsilon (pd_timeline_axis_get_ppd (f->axis), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_day_x (f->layout, day (2013, 1, 1)), 344.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_day_x (f->layout, day (2014, 1, 1)), 344.0 + 365 * 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_day_x (f->layout, day (2016, 6, 30)), 344.0 + 1276 * 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_day_x (f->layout, day (2022, 12, 31) + 1), 344.0 + 913.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_x_day (f->layout, 435.25), day (2014, 1, 1), 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_x_day (f->layout, 344.125), day (2013, 1, 1) + 0.5, 1e-9);

  /* Two pixels a day, anchored at the chart's left edge: no scrolling left of the padding. */
  pd_timeline_axis_zoom_at (f->axis, 2.0, 0.0);
  g_assert_false (pd_timeline_axis_get_fit (f->axis));
  g_assert_cmpfloat_with_epsilon (pd_timeline_axis_get_offset (f->axis), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_day_x (f->layout, day (2014, 1, 1)), 344.0 + 730.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_x_day (f->layout, 1074.0), day (2014, 1, 1), 1e-9);

  /* Scrolled 500 px in: every x moves left by as much, the mapping still inverts. */
  pd_timeline_axis_set_offset (f->axis, 500.0);
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_day_x (f->layout, day (2014, 1, 1)), 574.0, 1e-9);
  for (guint32 d = day (2013, 1, 1); d <= day (2022, 12, 31); d += 97)
    g_assert_cmpfloat_with_epsilon (pd_timeline_layout_x_day (f->layout, pd_timeline_layout_day_x (f->layout, d)),
                                    d, 1e-9);
}

static void
test_row_at_y (Fixture       *f,
               gconstpointer  data)
{
  const double top = PD_TIMELINE_HEADER_H;
  int first, last;

  g_assert_cmpfloat (top, ==, 128.0);
  g_assert_cmpint (pd_timeline_layout_row_at_y (f->layout, top - 1, 0.0), ==, -1);
  g_assert_cmpint (pd_timeline_layout_row_at_y (f->layout, top, 0.0), ==, 0);
  g_assert_cmpint (pd_timeline_layout_row_at_y (f->layout, top + 31.9, 0.0), ==, 0);
  g_assert_cmpint (pd_timeline_layout_row_at_y (f->layout, top + 5 * 32 + 1, 0.0), ==, 5);
  /* Scrolled two rows up under the header */
  g_assert_cmpint (pd_timeline_layout_row_at_y (f->layout, top + 5 * 32 + 1, 64.0), ==, 7);
  g_assert_cmpfloat (pd_timeline_layout_row_y (f->layout, 7, 64.0), ==, top + 5 * 32);
  /* Below the last row */
  g_assert_cmpint (pd_timeline_layout_row_at_y (f->layout, top + 80 * 32 + 1, 0.0), ==, -1);

  pd_timeline_layout_get_rows_in_view (f->layout, 0.0, top + 100, &first, &last);
  g_assert_cmpint (first, ==, 0);
  g_assert_cmpint (last, ==, 3);
  pd_timeline_layout_get_rows_in_view (f->layout, 40.0, top + 64, &first, &last);
  g_assert_cmpint (first, ==, 1);
  g_assert_cmpint (last, ==, 3);
  pd_timeline_layout_get_rows_in_view (f->layout, 0.0, top, &first, &last);
  g_assert_cmpint (last, <, first);
  pd_timeline_layout_get_rows_in_view (f->layout, 79 * 32.0, top + 1000, &first, &last);
  g_assert_cmpint (first, ==, 79);
  g_assert_cmpint (last, ==, 79);
}

static void
test_reveal (Fixture       *f,
             gconstpointer  data)
{
  /* Project 5 is row 5 (top 160 under the header). */
  g_assert_cmpfloat (pd_timeline_layout_reveal_row (f->layout, 5, 0.0, 400.0), ==, 0.0);
  g_assert_cmpfloat (pd_timeline_layout_reveal_row (f->layout, 5, 0.0, 100.0), ==, 160.0 + 32.0 - 100.0);
  g_assert_cmpfloat (pd_timeline_layout_reveal_row (f->layout, 5, 300.0, 100.0), ==, 160.0);
  g_assert_cmpfloat (pd_timeline_layout_reveal_row (f->layout, 5, 150.0, 100.0), ==, 150.0);
  /* No page yet (not allocated): the row's top, never its bottom pixel. */
  g_assert_cmpfloat (pd_timeline_layout_reveal_row (f->layout, 5, 0.0, 1.0), ==, 160.0);
  g_assert_cmpfloat (pd_timeline_layout_reveal_row (f->layout, 5, 0.0, 0.0), ==, 160.0);
  g_assert_cmpfloat (pd_timeline_layout_reveal_row (f->layout, 99, 42.0, 100.0), ==, 42.0);
}

static void
test_hit_bar (Fixture       *f,
              gconstpointer  data)
{
  PdTimelineRow *row = pd_timeline_layout_get_row (f->layout, 5);
  double x0 = pd_timeline_layout_day_x (f->layout, row->start);
  double x1 = pd_timeline_layout_day_x (f->layout, row->due + 1);
  double y = pd_timeline_layout_row_y (f->layout, 5, 0.0) + 16.0;
  guint32 start, due;
  int index = -2;

  g_assert_cmpfloat_with_epsilon (x0, 344.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x1, 1257.0, 1e-9);
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, 800, y, 0.0, &index), ==, PD_TIMELINE_DRAG_MOVE);
  g_assert_cmpint (index, ==, 5);
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, x0 + 2, y, 0.0, &index), ==, PD_TIMELINE_DRAG_START);
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, x1 - 2, y, 0.0, &index), ==, PD_TIMELINE_DRAG_END);
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, x1 + 10, y, 0.0, &index), ==, PD_TIMELINE_DRAG_NONE);
  /* The names' column, the gap above the bar, a programme's row, the header */
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, 200, y, 0.0, &index), ==, PD_TIMELINE_DRAG_NONE);
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, 800, y - 14, 0.0, &index), ==, PD_TIMELINE_DRAG_NONE);
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, 800, PD_TIMELINE_HEADER_H + 16, 0.0, &index), ==,
                   PD_TIMELINE_DRAG_NONE);
  g_assert_cmpint (index, ==, 0);
  g_assert_cmpint (pd_timeline_layout_hit_bar (f->layout, 800, 20, 0.0, &index), ==, PD_TIMELINE_DRAG_NONE);
  g_assert_cmpint (index, ==, -1);

  pd_timeline_layout_shift_dates (row, PD_TIMELINE_DRAG_MOVE, 10, &start, &due);
  g_assert_cmpuint (start, ==, day (2013, 1, 11));
  g_assert_cmpuint (due, ==, day (2023, 1, 10));
  pd_timeline_layout_shift_dates (row, PD_TIMELINE_DRAG_START, 100000, &start, &due);
  g_assert_cmpuint (start, ==, day (2022, 12, 31));
  g_assert_cmpuint (due, ==, day (2022, 12, 31));
  pd_timeline_layout_shift_dates (row, PD_TIMELINE_DRAG_END, -31, &start, &due);
  g_assert_cmpuint (start, ==, day (2013, 1, 1));
  g_assert_cmpuint (due, ==, day (2022, 11, 30));

  row->progress = 40;
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_fill_width (row, x0, x1), 913.0 * 0.4, 1e-9);
  row->progress = 140;
  g_assert_cmpfloat_with_epsilon (pd_timeline_layout_fill_width (row, x0, x1), 913.0, 1e-9);
}

static void
test_lanes (Fixture       *f,
            gconstpointer  data)
{
  const double centres[] = { 330, 400, 410, 420, 900, 1500, 995 };
  const double widths[] = { 50, 50, 50, 50, 50, 50, 100 };
  PdTimelineLabelPlace places[G_N_ELEMENTS (centres)];

  pd_timeline_layout_place_labels (centres, widths, G_N_ELEMENTS (centres), 320, 1000, 2, places);
  /* Kept inside the band at its left edge: 324 to 374 */
  g_assert_cmpfloat (places[0].x, ==, 324);
  g_assert_cmpint (places[0].lane, ==, 0);
  /* 375 is within 8 px of 374: the second lane, to 425 */
  g_assert_cmpfloat (places[1].x, ==, 375);
  g_assert_cmpint (places[1].lane, ==, 1);
  /* 385 clears the first lane again, to 435 */
  g_assert_cmpfloat (places[2].x, ==, 385);
  g_assert_cmpint (places[2].lane, ==, 0);
  /* 395: no room in either lane */
  g_assert_cmpfloat (places[3].x, ==, 395);
  g_assert_cmpint (places[3].lane, ==, -1);
  g_assert_cmpfloat (places[4].x, ==, 875);
  g_assert_cmpint (places[4].lane, ==, 0);
  /* Far right of the band */
  g_assert_cmpint (places[5].lane, ==, -1);
  /* Kept inside at the right edge (896 to 996), under the label at 875 */
  g_assert_cmpfloat (places[6].x, ==, 1000 - 100 - 4);
  g_assert_cmpint (places[6].lane, ==, 1);

  /* One lane: every other overlapping label is left out. */
  pd_timeline_layout_place_labels (centres, widths, 4, 320, 1000, 1, places);
  g_assert_cmpint (places[0].lane, ==, 0);
  g_assert_cmpint (places[1].lane, ==, -1);
  g_assert_cmpint (places[2].lane, ==, 0);
  g_assert_cmpint (places[3].lane, ==, -1);
}

static void
test_lights_follow_edits (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_test_open_bundled_copy (dir);
  g_autoptr(PdHistory) history = pd_history_new (store);
  g_autoptr(PdTimelineAxis) axis = pd_timeline_axis_new ();
  g_autoptr(PdTimelineLayout) layout = pd_timeline_layout_new (axis);
  PdProject *p12;
  PdTimelineRow *row;

  p12 = pd_store_find_project_by_number (store, 12);
  pd_timeline_layout_set_today (layout, TODAY);
  pd_timeline_layout_set_period (layout, pd_store_get_period_start (store), pd_store_get_period_end (store));

  /* Active at 10% half way through: yellow; the programme counts it. */
  pd_test_push (history, pd_command_set_project_status (p12, PD_STATUS_ACTIVE));
  pd_test_push (history, pd_command_set_project_progress (p12, 10));
  pd_test_push (history, pd_command_set_project_dates (p12, "2012-03-01", "2023-06-30", &error));
  g_assert_no_error (error);
  pd_timeline_layout_rebuild (layout, pd_store_get_programmes (store));
  row = pd_timeline_layout_get_row (layout, pd_timeline_layout_find_project (layout, p12));
  g_assert_cmpint (row->light, ==, PD_TRAFFIC_LIGHT_YELLOW);
  g_assert_cmpint (row->progress, ==, 10);
  g_assert_cmpuint (row->start, ==, day (2012, 3, 1));
  row = pd_timeline_layout_get_row (layout, pd_timeline_layout_find_programme (layout,
                                                                                 pd_project_get_programme (p12)));
  g_assert_cmpuint (row->n_lights[PD_TRAFFIC_LIGHT_YELLOW], ==, 1);
  g_assert_cmpint (row->progress, ==, (10 + row->n_projects / 2) / row->n_projects);
  g_assert_cmpuint (row->start, ==, day (2012, 3, 1));
  /* The axis takes in the whole years of the new dates. */
  g_assert_cmpuint (pd_timeline_axis_get_first_day (axis), ==, day (2012, 1, 1));
  g_assert_cmpuint (pd_timeline_axis_get_last_day (axis), ==, day (2023, 12, 31));

  /* Undone, all grey again. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (pd_history_undo (history, &error));
      g_assert_no_error (error);
    }
  pd_timeline_layout_rebuild (layout, pd_store_get_programmes (store));
  row = pd_timeline_layout_get_row (layout, pd_timeline_layout_find_project (layout, p12));
  g_assert_cmpint (row->light, ==, PD_TRAFFIC_LIGHT_GREY);
  g_assert_cmpuint (row->start, ==, day (2013, 1, 1));

  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/timeline-layout/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows", test_rows);
  ADD ("collapse", test_collapse);
  ADD ("date-x", test_date_x);
  ADD ("row-at-y", test_row_at_y);
  ADD ("reveal", test_reveal);
  ADD ("hit-bar", test_hit_bar);
  ADD ("lanes", test_lanes);
#undef ADD
  g_test_add_func ("/timeline-layout/lights-follow-edits", test_lights_follow_edits);

  return g_test_run ();
}
