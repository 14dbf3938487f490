#include "Commands.h"

// `content …`: replaced by the content engine (issue 6); until then it says so plainly.
int runContent(CliContext &context)
{
    context.err << "isletguide-cli: content commands are not available in this build yet\n";
    return 2;
}
