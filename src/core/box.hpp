#pragma once

namespace presencia::core {

struct Box {
    int x = 0, y = 0, w = 0, h = 0; // pixels of the page image (PDF: points at 72 dpi scaled)
    friend bool operator==(const Box&, const Box&) = default;
};

} // namespace presencia::core
