// One call from DOT text to rendered bytes through libgvc, in C: Swift 6 cannot read Graphviz's C
// globals or macros, and keeping the context, graph and layout lifetimes in one function frees them in
// the order Graphviz needs (layout, graph, context). Not thread-safe: callers serialise (GraphRender).
#ifndef CLUSTERGRAPH_CGRAPHVIZ_SHIM_H
#define CLUSTERGRAPH_CGRAPHVIZ_SHIM_H

#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Why cg_render failed (0: it did not).
enum cg_render_status { CG_RENDER_OK = 0, CG_RENDER_PARSE = 1, CG_RENDER_LAYOUT = 2, CG_RENDER_OUTPUT = 3, CG_RENDER_CONTEXT = 4 };

enum { CG_MESSAGES_SIZE = 2048 };

/// The buffer Graphviz's messages are collected in (a function-local static: Swift emits the functions
/// of this header, not its global variables).
static inline char *cg_render_messages(void) {
    static char buffer[CG_MESSAGES_SIZE];
    return buffer;
}

static int cg_collect_message(char *message) {
    char *buffer = cg_render_messages();
    size_t used = strlen(buffer);
    if (used + 1 < CG_MESSAGES_SIZE) strncat(buffer, message, CG_MESSAGES_SIZE - used - 1);
    return 0;
}

/// Graphviz's own messages from the last failed cg_render (empty when it said nothing).
static inline const char *cg_render_last_messages(void) { return cg_render_messages(); }

/// Lays out `dot` with `engine` and renders it as `format`; on success *out holds *length bytes, to be
/// released with cg_render_free.
static inline int cg_render(const char *dot, const char *engine, const char *format, char **out, unsigned int *length) {
    cg_render_messages()[0] = '\0';
    agseterrf(cg_collect_message);
    *out = NULL;
    *length = 0;
    GVC_t *context = gvContext();
    if (!context) return CG_RENDER_CONTEXT;
    Agraph_t *graph = agmemread(dot);
    if (!graph) {
        gvFreeContext(context);
        return CG_RENDER_PARSE;
    }
    int status = CG_RENDER_OK;
    if (gvLayout(context, graph, engine) != 0) {
        status = CG_RENDER_LAYOUT;
    } else if (gvRenderData(context, graph, format, out, length) != 0) {
        status = CG_RENDER_OUTPUT;
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    gvFreeContext(context);
    return status;
}

static inline void cg_render_free(char *data) { gvFreeRenderData(data); }

#endif
