## Ders noktalarını (Lernstandorte) herkese açık arama (aileler için)

finder-title = Ders noktası (Lernstandort) bulun
finder-lead = Takviye dersi doğrudan okulda: Burada Kreis Warendorf'taki boş yeri olan tüm ders noktalarını (Lernstandorte) bulabilirsiniz.
finder-subject = Ders
finder-grade = Sınıf
finder-search = Arayın
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Hiç ders noktası bulunamadı.
    [one] 1 ders noktası bulundu.
   *[other] { $count } ders noktası bulundu.
    }
finder-apply-hint = Bir ders noktasında yer almak için ders desteği (Lernförderung) başvurusu yapın.
finder-apply-link = Başvuruya gidin
