/* The seccomp filter for learner code, compiled here with libseccomp and
 * installed by the zygote in each check just before the harness runs.  It
 * refuses what a Python answer never needs and a breakout would: ptrace,
 * new namespaces, mounts, keyrings, BPF, io_uring, and any socket but AF_UNIX. */
#ifndef IDIOM_FILTER_H
#define IDIOM_FILTER_H
#include <stddef.h>

/* Compiles the filter to classic BPF (struct sock_filter[]) in *OUT, *LEN
 * bytes; you own *OUT.  Returns 0 or -errno. */
int filter_build(unsigned char **out, size_t *len);

#endif
