/* pd-plan-mirror.c — plans in folders SQLite cannot lock: a private copy, written back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite needs POSIX locks on the plan file. The document portal, through
 * which a Flatpak sees every file the user opens (/run/user/UID/doc/…, a FUSE
 * file system), has none, and network shares cannot be trusted with them. For
 * a plan there, Plan Desk works on a private copy in its own data folder
 * ($XDG_DATA_HOME/plandesk/copies/, WAL and synchronous=FULL like any plan)
 * and writes the plan back after every command: a consistent snapshot taken
 * with SQLite's backup API, written to a temporary file beside the document,
 * fsynced and renamed over it, so the user's file is always a whole plan.
 *
 * A small key file beside the copy remembers which file it mirrors and the
 * SHA-256 of what was last read from or written to it. That tells, on the
 * next open after a crash, whether the copy holds edits the file lacks (the
 * file is as we left it) or whether the file changed elsewhere meanwhile;
 * and, during a session, a file that no longer has that checksum is never
 * overwritten. A read-only open (an export) works on a temporary copy.
 */
#define G_LOG_DOMAIN "pd-plan-mirror"

#include "pd-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "pd-database.h"
#include "pd-plan-mirror.h"

/* Not in every <linux/magic.h>. */
#define PD_FUSE_SUPER_MAGIC  0x65735546
#define PD_CIFS_SUPER_MAGIC  0xff534d42
#define PD_SMB2_SUPER_MAGIC  0xfe534d42
#define PD_XFS_SUPER_MAGIC   0x58465342
#define PD_ZFS_SUPER_MAGIC   0x2fc12fc1
#define PD_CEPH_SUPER_MAGIC  0x00c36400

struct _PdPlanMirror
{
  GObject            parent_instance;

  char              *path;          /* the user's file */
  char              *copy_path;     /* the private copy */
  char              *sidecar_path;  /* NULL for a read-only (temporary) copy */
  char              *checksum;      /* SHA-256 of the user's file as last read or written */
  char              *message;       /* why the state is not SYNCED */
  gint64             size;
  gint64             mtime_ns;
  guint64            inode;
  PdPlanMirrorState  state;
  guint              read_only : 1;
  guint              discarded : 1;
};

G_DEFINE_FINAL_TYPE (PdPlanMirror, pd_plan_mirror, G_TYPE_OBJECT)

enum {
  STATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_copies_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "plandesk", "copies", NULL);
}

static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, "%s: %s", display, g_strerror (saved_errno));
}

/* Whether SQLite can be trusted to lock a file at @path (or, for a file not
 * there yet, in its folder): local disk file systems can; network shares
 * cannot; anything else (FUSE, the document portal) is asked for a lock. */
gboolean
pd_plan_mirror_path_needs_copy (const char *path)
{
  g_autofree char *probe = g_strdup (path);
  struct flock lock = { .l_type = F_RDLCK, .l_whence = SEEK_SET };
  struct statfs fs;
  gboolean can_lock;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  if (statfs (probe, &fs) != 0)
    {
      g_free (probe);
      probe = g_path_get_dirname (path);
      if (statfs (probe, &fs) != 0)
        return FALSE;  /* opening it will say why */
      /* A folder on FUSE may answer for locks where its files do not (the
       * portal's document folders do): a new file there goes the safe way. */
      if ((unsigned long)fs.f_type == PD_FUSE_SUPER_MAGIC)
        return TRUE;
    }

  switch ((unsigned long)fs.f_type)
    {
    case EXT4_SUPER_MAGIC:
    case BTRFS_SUPER_MAGIC:
    case TMPFS_MAGIC:
    case OVERLAYFS_SUPER_MAGIC:
    case F2FS_SUPER_MAGIC:
    case PD_XFS_SUPER_MAGIC:
    case PD_ZFS_SUPER_MAGIC:
      return FALSE;
    case NFS_SUPER_MAGIC:
    case SMB_SUPER_MAGIC:
    case PD_CIFS_SUPER_MAGIC:
    case PD_SMB2_SUPER_MAGIC:
    case PD_CEPH_SUPER_MAGIC:
    case V9FS_MAGIC:
      return TRUE;
    default:
      break;
    }

  /* F_GETLK only asks; it takes no lock that closing @fd could drop. */
  fd = g_open (probe, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  can_lock = fcntl (fd, F_GETLK, &lock) == 0;
  g_debug ("%s on file system %#lx: %s", probe, (unsigned long)fs.f_type,
           can_lock ? "locks work" : g_strerror (errno));
  close (fd);
  return !can_lock;
}

/* Writes @data to a new file at @path and makes it durable. */
static gboolean
write_durably (const char  *path,
               const char  *data,
               gsize        length,
               mode_t       mode,
               GError     **error)
{
  gsize written = 0;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0)
    {
      set_io_error (error, errno, path);
      return FALSE;
    }
  while (written < length)
    {
      gssize n = write (fd, data + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : ENOSPC;

          close (fd);
          set_io_error (error, saved, path);
          return FALSE;
        }
      written += n;
    }
  if (fsync (fd) != 0)
    {
      int saved = errno;

      close (fd);
      set_io_error (error, saved, path);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      set_io_error (error, errno, path);
      return FALSE;
    }
  return TRUE;
}

/* Replaces @path with @data: a temporary file beside it, fsynced, renamed
 * over it. The original's permissions are kept; on failure nothing is left
 * beside it. */
static gboolean
replace_file (const char  *path,
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".partial", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;
  mode_t mode = 0666;
  int fd;

  if (g_stat (path, &st) == 0)
    mode = st.st_mode & 0777;

  if (!write_durably (tmp, data, length, mode, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      set_io_error (error, saved, path);
      return FALSE;
    }

  /* Make the rename itself durable where the folder can be synced. */
  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      (void)fsync (fd);
      close (fd);
    }
  return TRUE;
}

static void
unlink_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* A consistent copy of @db's main database in a rollback-journal file at
 * @path, which must be on a file system SQLite can lock. */
static gboolean
backup_to_file (sqlite3     *db,
                const char  *path,
                GError     **error)
{
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (path, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (copy);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, "%s",
                 copy ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
  sqlite3_close (copy);
  return rc == SQLITE_OK;
}

/* Writes a consistent snapshot of @db to @path without SQLite ever opening
 * anything at @path: the backup goes to a private staging file, its bytes to
 * a temporary file beside @path that is fsynced and renamed over it. Sets
 * *@checksum (if not NULL) to the SHA-256 of what was written. */
gboolean
pd_plan_mirror_write_snapshot (sqlite3     *db,
                               const char  *path,
                               char       **checksum,
                               GError     **error)
{
  g_autofree char *dir = dup_copies_dir ();
  g_autofree char *staging = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  gboolean ok;
  int fd;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_io_error (error, errno, dir);
      return FALSE;
    }
  staging = g_build_filename (dir, "snapshot-XXXXXX", NULL);
  fd = g_mkstemp_full (staging, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_io_error (error, errno, dir);
      return FALSE;
    }
  close (fd);

  ok = backup_to_file (db, staging, error) &&
       g_file_get_contents (staging, &data, &length, &local_error);
  unlink_database (staging);
  if (local_error != NULL)
    g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, local_error->message);
  if (!ok || !replace_file (path, data, length, error))
    return FALSE;

  if (checksum != NULL)
    *checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, length);
  return TRUE;
}

static void
set_state (PdPlanMirror      *self,
           PdPlanMirrorState  state,
           const char        *message)
{
  gboolean changed = self->state != state || g_strcmp0 (self->message, message) != 0;

  self->state = state;
  g_free (self->message);
  self->message = g_strdup (message);
  if (changed)
    g_signal_emit (self, signals[STATE_CHANGED], 0);
}

static gboolean
read_stat (const char *path,
           gint64     *size,
           gint64     *mtime_ns,
           guint64    *inode)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return FALSE;
  *size = st.st_size;
  *mtime_ns = (gint64)st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  *inode = st.st_ino;
  return TRUE;
}

static void
remember_stat (PdPlanMirror *self)
{
  if (!read_stat (self->path, &self->size, &self->mtime_ns, &self->inode))
    self->size = self->mtime_ns = self->inode = 0;
}

static gboolean
save_sidecar (PdPlanMirror  *self,
              GError       **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *data = NULL;
  gsize length;

  g_key_file_set_string (keyfile, "copy", "path", self->path);
  g_key_file_set_string (keyfile, "copy", "copy", self->copy_path);
  g_key_file_set_string (keyfile, "copy", "sha256", self->checksum);
  data = g_key_file_to_data (keyfile, &length, NULL);
  return g_file_set_contents_full (self->sidecar_path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* The copy the key file at @sidecar names for @path, and the checksum it
 * recorded; FALSE when there is none to recover. */
static gboolean
load_sidecar (const char  *sidecar,
              const char  *path,
              char       **copy_path,
              char       **checksum)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *recorded = NULL;

  if (!g_key_file_load_from_file (keyfile, sidecar, G_KEY_FILE_NONE, NULL))
    return FALSE;
  recorded = g_key_file_get_string (keyfile, "copy", "path", NULL);
  *copy_path = g_key_file_get_string (keyfile, "copy", "copy", NULL);
  *checksum = g_key_file_get_string (keyfile, "copy", "sha256", NULL);
  if (g_strcmp0 (recorded, path) == 0 && *copy_path != NULL && *checksum != NULL &&
      g_file_test (*copy_path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  g_clear_pointer (copy_path, g_free);
  g_clear_pointer (checksum, g_free);
  return FALSE;
}

/* Whether the copy left by an earlier session holds the same plan as
 * @contents, the user's file now. Both are brought to the current format
 * (the store would do that to the copy anyway) and compared in full. */
static gboolean
copy_matches (const char  *copy_path,
              const char  *contents,
              gsize        length,
              gboolean    *copy_usable)
{
  g_autofree char *dir = dup_copies_dir ();
  g_autofree char *tmp = g_build_filename (dir, "compare-XXXXXX", NULL);
  g_autoptr(PdDatabase) copy = NULL;
  g_autoptr(PdDatabase) theirs = NULL;
  g_autofree char *copy_dump = NULL;
  g_autofree char *their_dump = NULL;
  int fd;

  *copy_usable = FALSE;
  if (!(copy = pd_database_open (copy_path, PD_DATABASE_OPEN_DEFAULT, NULL)))
    return FALSE;
  *copy_usable = TRUE;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return FALSE;
  close (fd);
  if (g_file_set_contents (tmp, contents, length, NULL) &&
      (theirs = pd_database_open (tmp, PD_DATABASE_OPEN_DEFAULT, NULL)) != NULL)
    {
      copy_dump = pd_database_dump (copy, NULL);
      their_dump = pd_database_dump (theirs, NULL);
      pd_database_close (theirs);
    }
  unlink_database (tmp);
  return copy_dump != NULL && g_strcmp0 (copy_dump, their_dump) == 0;
}

static void
pd_plan_mirror_finalize (GObject *object)
{
  PdPlanMirror *self = (PdPlanMirror *)object;

  /* A copy that holds nothing the user's file lacks goes; any other is kept
   * for the next session to offer. */
  if (self->copy_path != NULL &&
      (self->read_only || self->discarded || self->state == PD_PLAN_MIRROR_SYNCED))
    {
      g_autofree char *recorded = NULL;
      g_autofree char *checksum = NULL;

      if (self->sidecar_path != NULL &&
          load_sidecar (self->sidecar_path, self->path, &recorded, &checksum) &&
          g_str_equal (recorded, self->copy_path))
        g_unlink (self->sidecar_path);
      unlink_database (self->copy_path);
    }

  g_free (self->path);
  g_free (self->copy_path);
  g_free (self->sidecar_path);
  g_free (self->checksum);
  g_free (self->message);

  G_OBJECT_CLASS (pd_plan_mirror_parent_class)->finalize (object);
}

static void
pd_plan_mirror_class_init (PdPlanMirrorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_plan_mirror_finalize;

  /**
   * PdPlanMirror::state-changed:
   *
   * Emitted when the state or its message changes: the window shows why
   * the user's file is not (or no longer) written.
   */
  signals[STATE_CHANGED] =
    g_signal_new ("state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_plan_mirror_init (PdPlanMirror *self)
{
}

static gboolean
open_read_only (PdPlanMirror  *self,
                const char    *contents,
                gsize          length,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *tmp = NULL;
  int fd;

  fd = g_file_open_tmp ("plandesk-XXXXXX" ".plandesk", &tmp, &local_error);
  if (fd < 0)
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, local_error->message);
      return FALSE;
    }
  close (fd);
  self->copy_path = tmp;
  if (!g_file_set_contents (tmp, contents, length, &local_error))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_read_write (PdPlanMirror  *self,
                 const char    *contents,
                 gsize          length,
                 GError       **error)
{
  g_autofree char *dir = dup_copies_dir ();
  g_autofree char *key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->path, -1);
  g_autofree char *name = NULL;
  g_autofree char *recorded = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_io_error (error, errno, dir);
      return FALSE;
    }
  key[16] = '\0';
  name = g_strdup_printf ("%s.ini", key);
  self->sidecar_path = g_build_filename (dir, name, NULL);

  if (load_sidecar (self->sidecar_path, self->path, &self->copy_path, &recorded))
    {
      gboolean usable;

      if (copy_matches (self->copy_path, contents, length, &usable))
        {
          g_debug ("The copy of %s holds nothing new", self->path);
        }
      else if (usable && g_str_equal (recorded, self->checksum))
        {
          g_debug ("The copy of %s holds edits the file lacks", self->path);
          g_clear_pointer (&self->checksum, g_free);
          self->checksum = g_steal_pointer (&recorded);
          set_state (self, PD_PLAN_MIRROR_UNSAVED,
                     _("Plan Desk closed before its last edits were saved to this file"));
          return TRUE;
        }
      else if (usable)
        {
          g_debug ("The copy of %s and the file both changed", self->path);
          g_clear_pointer (&self->checksum, g_free);
          self->checksum = g_steal_pointer (&recorded);
          set_state (self, PD_PLAN_MIRROR_CONFLICT,
                     _("Plan Desk closed before its last edits were saved, and the file has changed since"));
          return TRUE;
        }

      if (usable)
        return save_sidecar (self, error);
      /* A damaged copy holds nothing to recover: start again from the file. */
      unlink_database (self->copy_path);
      g_clear_pointer (&self->copy_path, g_free);
    }

  g_free (name);
  name = g_strdup_printf ("%s-%08x.plandesk", key, g_random_int ());
  self->copy_path = g_build_filename (dir, name, NULL);
  if (!write_durably (self->copy_path, contents, length, 0600, error))
    {
      g_unlink (self->copy_path);
      g_clear_pointer (&self->copy_path, g_free);
      return FALSE;
    }
  return save_sidecar (self, error);
}

/* Makes the private copy of the plan at @path (see the file comment). The
 * state says whether an earlier session left edits to offer. */
PdPlanMirror *
pd_plan_mirror_new (const char  *path,
                    gboolean     read_only,
                    GError     **error)
{
  g_autoptr(PdPlanMirror) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PD_TYPE_PLAN_MIRROR, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only != FALSE;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, g_strerror (ENOENT));
      else
        g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, local_error->message);
      return NULL;
    }
  self->checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
  remember_stat (self);

  if (read_only ? !open_read_only (self, contents, length, error)
                : !open_read_write (self, contents, length, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
pd_plan_mirror_get_path (PdPlanMirror *self)
{
  g_return_val_if_fail (PD_IS_PLAN_MIRROR (self), NULL);
  return self->path;
}

const char *
pd_plan_mirror_get_copy_path (PdPlanMirror *self)
{
  g_return_val_if_fail (PD_IS_PLAN_MIRROR (self), NULL);
  return self->copy_path;
}

PdPlanMirrorState
pd_plan_mirror_get_state (PdPlanMirror *self)
{
  g_return_val_if_fail (PD_IS_PLAN_MIRROR (self), PD_PLAN_MIRROR_SYNCED);
  return self->state;
}

/* Why the state is not SYNCED, for the user; NULL when it is. */
const char *
pd_plan_mirror_get_message (PdPlanMirror *self)
{
  g_return_val_if_fail (PD_IS_PLAN_MIRROR (self), NULL);
  return self->message;
}

/* Looks whether the user's file changed behind Plan Desk's back: its size,
 * time or inode first, its checksum only when one of them moved. Returns
 * FALSE, in the CONFLICT state, when it did. */
gboolean
pd_plan_mirror_check (PdPlanMirror *self)
{
  g_autofree char *contents = NULL;
  g_autofree char *checksum = NULL;
  gint64 size, mtime_ns;
  guint64 inode;
  gsize length;

  g_return_val_if_fail (PD_IS_PLAN_MIRROR (self), FALSE);

  if (self->state == PD_PLAN_MIRROR_CONFLICT)
    return FALSE;
  if (read_stat (self->path, &size, &mtime_ns, &inode) &&
      size == self->size && mtime_ns == self->mtime_ns && inode == self->inode)
    return TRUE;

  if (!g_file_get_contents (self->path, &contents, &length, NULL))
    {
      set_state (self, PD_PLAN_MIRROR_CONFLICT,
                 _("The plan file was moved or deleted by another program"));
      return FALSE;
    }
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
  if (!g_str_equal (checksum, self->checksum))
    {
      set_state (self, PD_PLAN_MIRROR_CONFLICT, _("The plan file was changed by another program"));
      return FALSE;
    }
  remember_stat (self);
  return TRUE;
}

/* Writes the plan in @db (the private copy) back to the user's file, unless
 * the file changed behind Plan Desk's back (CONFLICT: never overwritten) or
 * an earlier session's edits wait for the user's answer (UNSAVED, unless
 * @overwrite_unsaved: the answer was to write them). */
gboolean
pd_plan_mirror_write_back (PdPlanMirror  *self,
                           sqlite3       *db,
                           gboolean       overwrite_unsaved,
                           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *checksum = NULL;

  g_return_val_if_fail (PD_IS_PLAN_MIRROR (self), FALSE);
  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (!self->read_only, FALSE);

  if (self->state == PD_PLAN_MIRROR_UNSAVED && !overwrite_unsaved)
    return TRUE;
  if (!pd_plan_mirror_check (self))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, self->message);
      return FALSE;
    }

  if (!pd_plan_mirror_write_snapshot (db, self->path, &checksum, &local_error))
    {
      g_autofree char *message = g_strdup_printf (_("The plan could not be saved to its file: %s"),
                                                  local_error->message);

      g_warning ("%s", message);
      set_state (self, PD_PLAN_MIRROR_WRITE_FAILED, message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_free (self->checksum);
  self->checksum = checksum;
  remember_stat (self);
  if (!save_sidecar (self, &local_error))
    g_warning ("Cannot record the copy of %s: %s", self->path, local_error->message);
  set_state (self, PD_PLAN_MIRROR_SYNCED, NULL);
  return TRUE;
}

/* Forgets the private copy: the user chose their file over it. It is
 * deleted when the mirror goes, and the next open starts from the file. */
void
pd_plan_mirror_discard (PdPlanMirror *self)
{
  g_autofree char *recorded = NULL;
  g_autofree char *checksum = NULL;

  g_return_if_fail (PD_IS_PLAN_MIRROR (self));

  self->discarded = TRUE;
  if (self->sidecar_path != NULL &&
      load_sidecar (self->sidecar_path, self->path, &recorded, &checksum) &&
      g_str_equal (recorded, self->copy_path))
    g_unlink (self->sidecar_path);
}
