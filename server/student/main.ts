/**
 * The phones' page of a live class, built by Vite with Vue like the deck
 * (server/student/build.ts): the deck's own question components and labels,
 * the deck's colours, no fonts or anything else from elsewhere.
 */
import { usePreferredDark } from '@vueuse/core'
import { createApp, h, watchEffect } from 'vue'
import LiveStudent from '../../components/LiveStudent.vue'
import { useLiveStudent } from '../../composables/useLiveStudent'
import { useLocale } from '../../composables/useLocale'
import '../../styles/base.css'
import '../../styles/quiz.css'
import './page.css'

// The class server writes the edition's language into the page.
useLocale().lang.value = document.documentElement.lang === 'id' ? 'id' : 'en'

createApp({
  setup() {
    const live = useLiveStudent()
    const dark = usePreferredDark()
    watchEffect(() => document.documentElement.classList.toggle('dark', dark.value))
    return () => h(LiveStudent, {
      view: live.view.value,
      connection: live.connection.value,
      sending: live.sending.value,
      refused: live.refused.value,
      onVote: live.vote,
    })
  },
}).mount('#app')
