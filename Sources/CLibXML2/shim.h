// libxml2's HTML parser, for reading saved web pages into text.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy Foundation carries. Nothing here
// touches libxml2's ICU converters (they sit at the end of the encoding handler, which Swift never
// opens), so its headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
