#pragma once
// Cheap looks at a page's ink (a few milliseconds) that say it is probably
// not upright, so the engine can read it turned first instead of spending a
// full read on it as it lies. Hints only: the engine keeps a turned read
// only when it reads well.

#include <opencv2/core.hpp>

namespace presencia::ocr {

// Turned a quarter: the text lines run down the page, so the page's columns,
// not its rows, have blank gaps between them.
bool lines_run_vertically(const cv::Mat& gray);

// Upside down: in Latin script ascenders and capitals outnumber descenders,
// so an upright line has more ink above its x-height band than below it.
// Meaningful for a page whose lines run across (ask lines_run_vertically first).
bool looks_upside_down(const cv::Mat& gray);

} // namespace presencia::ocr
