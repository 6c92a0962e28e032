## Giriş yaptıktan sonraki özet sayfaları

family-title = Özet sayfam
family-claims-title = Başvurularım
family-claims-empty = Henüz başvuru yapmadınız.
school-title = Okullar için özet sayfa
staff-title = Memurlar için özet sayfa (Sachbearbeitung)
staff-kommunen-title = Belediyeler ve okullar
staff-kommunen-empty = Henüz belediye eklenmedi.
staff-kommune = Belediye
staff-schools = Okullar
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] bir okul
   *[other] { $count } okul
}
