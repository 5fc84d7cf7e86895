// Fonts ship with the deck so that it renders the same offline as online.
import '@fontsource-variable/source-sans-3/index.css'
import '@fontsource-variable/source-sans-3/wght-italic.css'
import '@fontsource-variable/source-serif-4/index.css'
import '@fontsource-variable/source-serif-4/wght-italic.css'
import '@fontsource-variable/jetbrains-mono/index.css'
import './theme.css'
import './layouts.css'
import './reading.css'
