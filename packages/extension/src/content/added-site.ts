// The content script for the sites the user added (see background/extra-sites.ts), built as one file.
import './index.ts';
