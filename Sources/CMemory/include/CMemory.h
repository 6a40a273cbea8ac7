// Returning freed memory to the system. glibc keeps memory a program has freed in its heap for reuse, so
// the resident set size can stay high after a large statement ends; the memory limit measures the
// resident set, so before it calls a statement too big it asks glibc to give back what is free and
// measures again.
#ifndef CLUSTERGRAPH_CMEMORY_H
#define CLUSTERGRAPH_CMEMORY_H

/// Gives the memory that is free in the allocator's heaps back to the system (glibc's malloc_trim).
/// Returns 1 when some memory was given back, 0 when none was or the C library cannot.
int cg_return_free_memory(void);

#endif
