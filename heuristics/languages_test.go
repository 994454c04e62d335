package heuristics

import "testing"

func TestLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council voted on Tuesday night to approve the deal, and the mayor said that it was the best outcome for the city and its residents, who have waited for years.", "en"},
		{"Die Fähre fährt wieder, und die Stadt hat sich mit dem Betreiber auf einen neuen Vertrag geeinigt, der auch für die nächsten Jahre gelten wird, wie der Bürgermeister sagte.", "de"},
		{"Le conseil municipal a voté mardi soir pour le projet, et le maire a déclaré que c'est la meilleure solution pour la ville et pour les habitants qui attendent depuis des années.", "fr"},
		{"El ayuntamiento aprobó el martes el acuerdo del agua, y la alcaldesa dijo que es la mejor solución para la ciudad y para los vecinos que llevan años esperando una respuesta.", "es"},
		{"Il consiglio comunale ha approvato martedì il progetto, e il sindaco ha detto che è la soluzione migliore per la città e per gli abitanti che aspettano da anni una risposta.", "it"},
		{"Gemeenteraad stemt in met het plan voor de veerboot, en de burgemeester zegt dat het de beste oplossing is voor de stad en voor de bewoners die al jaren wachten op een antwoord.", "nl"},
		{"Городской совет во вторник одобрил проект, и мэр сказал, что это лучшее решение для города и для жителей, которые уже много лет ждут ответа на свои вопросы.", "ru"},
		{"市議会は火曜日にこの計画を承認し、市長は市と住民にとって最善の解決策だと述べた。", "ja"},
		{"市议会周二批准了该计划，市长表示这是对城市和居民最好的解决方案。", "zh"},
		{"시의회는 화요일에 이 계획을 승인했으며 시장은 이것이 최선의 해결책이라고 말했다.", "ko"},
		{"Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το σχέδιο για το λιμάνι της πόλης.", "el"},
		{"Too short to tell.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Language(tt.text); got != tt.want {
			t.Errorf("Language(%.30q…) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
