// The two GNU extensions ConveneMail needs to start a mail program safely; Swift's Glibc
// module is built without _GNU_SOURCE, so they are reached through these wrappers.
#ifndef CONVENE_PROCESS_H
#define CONVENE_PROCESS_H

#include <spawn.h>

/// pipe2(fds, O_CLOEXEC): both ends closed on exec, atomically.
int convene_pipe_cloexec(int fds[2]);

/// posix_spawn_file_actions_addclosefrom_np: the child closes every descriptor from `from` on.
int convene_spawn_close_from(posix_spawn_file_actions_t *actions, int from);

#endif
