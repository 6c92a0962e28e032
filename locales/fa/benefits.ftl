## نام کمک‌هزینه‌های پایه و کمک‌های BuT

benefit-sgb2 = کمک‌هزینهٔ تأمین پایه (Grundsicherungsgeld، قبلاً Bürgergeld – SGB II)
benefit-sgb12 = کمک اجتماعی یا تأمین معاش پایه (Sozialhilfe / Grundsicherung – SGB XII)
benefit-wohngeld = کمک‌هزینهٔ مسکن (Wohngeld)
benefit-kinderzuschlag = کمک‌هزینهٔ تکمیلی فرزند (Kinderzuschlag)
benefit-asylblg = کمک به پناهجویان طبق قانون (Asylbewerberleistungsgesetz – AsylbLG)
kind-lernfoerderung = کمک درسی – کلاس تقویتی (Lernförderung)
kind-teilhabe = مشارکت اجتماعی و فرهنگی – باشگاه، موسیقی، دوره‌ها (Soziokulturelle Teilhabe)
