// A document of the case named by where it is: its file and page. The
// household and the dossier both point at documents this way.
#pragma once

#include <string>

namespace presencia::core {

struct DocumentRef {
    std::string file;
    int page = 1;
    bool operator==(const DocumentRef&) const = default;
};

} // namespace presencia::core
